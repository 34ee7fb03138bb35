package org.leadbureau.portal.inquiry.boundary;

import java.io.Serializable;

/** Someone an inquiry can be assigned to. A class with getters, for EL. */
public class StaffMember implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String email;
    private final String name;

    public StaffMember(String email, String name) {
        this.email = email;
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }
}
