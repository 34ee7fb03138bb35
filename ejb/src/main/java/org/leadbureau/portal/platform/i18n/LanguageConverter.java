package org.leadbureau.portal.platform.i18n;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language as its tag ({@code en}, {@code es}), the form people and other systems read. */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.tag();
    }

    @Override
    public Language convertToEntityAttribute(String tag) {
        return tag == null ? null : Language.ofTag(tag)
                .orElseThrow(() -> new IllegalStateException("Unknown language in the database: " + tag));
    }
}
