package org.leadbureau.portal.sites.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a status by name in a VARCHAR (not a native ENUM, which MariaDB's dialect would expect). */
@Converter
public class SiteStatusConverter implements AttributeConverter<SiteStatus, String> {

    @Override
    public String convertToDatabaseColumn(SiteStatus status) {
        return status == null ? null : status.name();
    }

    @Override
    public SiteStatus convertToEntityAttribute(String name) {
        return name == null ? null : SiteStatus.valueOf(name);
    }
}
