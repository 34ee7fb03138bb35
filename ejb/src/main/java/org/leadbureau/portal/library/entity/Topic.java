package org.leadbureau.portal.library.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A topic of the library (referral pathways, harm reduction...), seeded from the content module. */
@Entity
@Table(name = "library_topic")
@NamedQuery(name = Topic.FIND_ALL, query = "select t from Topic t order by t.label")
public class Topic extends VocabularyTerm {

    public static final String FIND_ALL = "Topic.findAll";

    protected Topic() {
        // for JPA
    }

    public Topic(String slug, String label) {
        super(slug, label);
    }

    @Override
    protected String kind() {
        return "topic";
    }
}
