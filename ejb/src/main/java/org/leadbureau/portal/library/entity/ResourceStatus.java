package org.leadbureau.portal.library.entity;

/** Only published resources are searchable or visible to the public. */
public enum ResourceStatus {
    DRAFT,
    PUBLISHED
}
