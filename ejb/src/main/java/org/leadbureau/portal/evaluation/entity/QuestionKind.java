package org.leadbureau.portal.evaluation.entity;

/** How a question of staff's own is answered on the evaluation form. */
public enum QuestionKind {
    RATING("Rating from 1 to 5"),
    YES_NO("Yes or no"),
    TEXT("Text");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
