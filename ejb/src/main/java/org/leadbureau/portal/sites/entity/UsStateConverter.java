package org.leadbureau.portal.sites.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a state as its postal code in a VARCHAR (not a native ENUM, which MariaDB's dialect would expect). */
@Converter
public class UsStateConverter implements AttributeConverter<UsState, String> {

    @Override
    public String convertToDatabaseColumn(UsState state) {
        return state == null ? null : state.name();
    }

    @Override
    public UsState convertToEntityAttribute(String code) {
        return code == null ? null : UsState.valueOf(code);
    }
}
