package org.leadbureau.portal.evaluation.control;

/** What evaluations are read for: one training (by id) or one site visit (by id), and how it is named in logs. */
public record Scope(boolean training, long id, String name) {

    public static Scope training(long id, String slug) {
        return new Scope(true, id, "training " + slug);
    }

    public static Scope visit(long id) {
        return new Scope(false, id, "visit " + id);
    }

    /** The JPQL condition on an evaluation {@code e}; the id is the parameter {@code :id}. */
    String evaluations() {
        return training ? "e.training.id = :id" : "e.visit.id = :id";
    }
}
