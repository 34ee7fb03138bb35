package org.leadbureau.portal.training.entity;

/** A training is prepared as a draft, published for registration, and possibly cancelled. */
public enum TrainingStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
