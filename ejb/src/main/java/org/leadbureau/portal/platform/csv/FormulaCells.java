package org.leadbureau.portal.platform.csv;

/**
 * Text cells of exported CSV files that a spreadsheet would run as formulas ({@code = + - @}, tab or CR first)
 * get a leading {@code '}. Values that already start with {@code '} before such a character get one more, so
 * that {@link #restore} undoes exactly what {@link #neutralise} did and export → import changes nothing.
 */
public final class FormulaCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        boolean formula = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
        // "'=x" must become "''=x", or restoring would turn it into "=x".
        boolean looksNeutralised = value.charAt(0) == '\'' && !neutralise(value.substring(1)).equals(value.substring(1));
        return formula || looksNeutralised ? "'" + value : value;
    }

    /** The value {@link #neutralise} was given; a cell it did not change is answered as it is. */
    public static String restore(String cell) {
        if (cell == null || !cell.startsWith("'")) {
            return cell;
        }
        String original = cell.substring(1);
        return neutralise(original).equals(cell) ? original : cell;
    }
}
