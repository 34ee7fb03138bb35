package org.leadbureau.portal.platform.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row whose pessimistic lock serialises one job across every node sharing the database. */
@Entity
@Table(name = "job_lock")
public class JobLock {

    @Id
    private String name;

    protected JobLock() {
        // for JPA
    }

    public String getName() {
        return name;
    }
}
