package org.leadbureau.portal.library.control;

/** One value of a facet: its key (slug, type name or year), label, and how many hits have it. A class for EL. */
public final class FacetCount {

    private final String value;
    private final String label;
    private final long count;
    private final boolean selected;

    public FacetCount(String value, String label, long count, boolean selected) {
        this.value = value;
        this.label = label;
        this.count = count;
        this.selected = selected;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public long getCount() {
        return count;
    }

    public boolean isSelected() {
        return selected;
    }
}
