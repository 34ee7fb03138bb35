package org.leadbureau.portal.library.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Who a resource is written for (police, prosecutors...), seeded from the content module. */
@Entity
@Table(name = "library_audience")
@NamedQuery(name = Audience.FIND_ALL, query = "select a from Audience a order by a.label")
public class Audience extends VocabularyTerm {

    public static final String FIND_ALL = "Audience.findAll";

    protected Audience() {
        // for JPA
    }

    public Audience(String slug, String label) {
        super(slug, label);
    }

    @Override
    protected String kind() {
        return "audience";
    }
}
