package org.leadbureau.portal.platform.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code @Indexed} entity that keeps some rows out of its index (drafts, say): names the JPA named query
 * answering the id and version of each row that should be indexed, {@code select e.id, e.version … where e.id >
 * :after … order by e.id}, so that {@link IndexIntegrity} can compare them with the index. Without it, every row
 * counts. Every indexed entity has a {@code Long id} and a {@code long version} indexed as {@link Fingerprint#FIELD}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IndexedRows {

    /** A named query with the parameter {@code after}, answering {@code Object[]{id, version}} rows by id. */
    String value();
}
