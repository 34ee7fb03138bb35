package org.leadbureau.portal.platform.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code @Indexed} entity that keeps some rows out of its index (drafts, say): names the JPA named
 * query counting the rows that should be indexed, so {@link IndexIntegrity} knows when the index is stale.
 * Without it, every row counts.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExpectedIndexCount {

    /** A named query answering one {@code Long}. */
    String value();
}
