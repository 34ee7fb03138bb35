package org.leadbureau.portal.library.entity;

import java.util.EnumMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.leadbureau.portal.platform.search.SearchLanguage;

/**
 * Indexes a resource's title, summary and text in the fields of its language ({@link SearchLanguage}): "title_es"
 * for a Spanish document, analysed with Spanish stemming and stop words, "title_en" for an English one. A search
 * queries every language's fields, each with its own analysis, so it finds documents in any language.
 */
public class TextByLanguageBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("extractedText").use("language");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<SearchLanguage, Fields> fields = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            fields.put(language, new Fields(
                    field(context, schema, language, LibraryResource.F_TITLE),
                    field(context, schema, language, LibraryResource.F_SUMMARY),
                    field(context, schema, language, LibraryResource.F_BODY)));
        }
        context.bridge(LibraryResource.class, new Bridge(fields));
    }

    private static IndexFieldReference<String> field(TypeBindingContext context, IndexSchemaElement schema,
                                                     SearchLanguage language, String base) {
        return schema.field(language.field(base), context.typeFactory().asString()
                .analyzer(language.analyzer()).searchAnalyzer(language.searchAnalyzer())).toReference();
    }

    private record Fields(IndexFieldReference<String> title, IndexFieldReference<String> summary,
                          IndexFieldReference<String> body) {
    }

    private record Bridge(Map<SearchLanguage, Fields> fields) implements TypeBridge<LibraryResource> {

        @Override
        public void write(DocumentElement target, LibraryResource resource, TypeBridgeWriteContext context) {
            Fields of = fields.get(SearchLanguage.of(resource.getLanguage()));
            target.addValue(of.title(), resource.getTitle());
            target.addValue(of.summary(), resource.getSummary());
            target.addValue(of.body(), resource.getExtractedText());
        }
    }
}
