package org.leadbureau.portal.sites.control;

/** What importing a row does to the directory. */
public enum ImportAction {
    CREATE, UPDATE, UNCHANGED
}
