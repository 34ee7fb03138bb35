package org.leadbureau.portal.platform.persistence;

/** Column conventions shared by entities, so that one mapping validates against the migrations on H2 and MariaDB. */
public final class Columns {

    /**
     * Length of a long text ({@code @Lob String}; {@code ${long_text}} in migrations): with it Hibernate expects
     * LONGTEXT on MariaDB (without it, TINYTEXT) and CLOB on H2.
     */
    public static final int LONG_TEXT = Integer.MAX_VALUE;

    /** Length of long binary content ({@code @Lob byte[]}; {@code ${long_binary}}): LONGBLOB on MariaDB, BLOB on H2. */
    public static final int LONG_BINARY = Integer.MAX_VALUE;

    private Columns() {
    }
}
