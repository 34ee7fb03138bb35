package org.leadbureau.portal.visits.entity;

/** What trainers report after a visit. */
public record VisitReport(String summary, String recommendations, String followUps) {
}
