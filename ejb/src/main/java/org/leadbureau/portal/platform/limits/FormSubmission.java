package org.leadbureau.portal.platform.limits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One submission of a public form that passed its limits, counted by {@link FormSubmissions}. In the database,
 * so that every node sees the same counts. {@code accepted} is false for a post dropped as a bot's: it counts
 * against its address only.
 */
@Entity
@Table(name = "form_submission")
@NamedQuery(name = FormSubmission.TIMES_FROM_ADDRESS, query = "select s.submittedAt from FormSubmission s"
        + " where s.form = :form and s.clientAddress = :address and s.submittedAt > :since")
@NamedQuery(name = FormSubmission.ACCEPTED_SINCE, query = "select s.submittedAt from FormSubmission s"
        + " where s.form = :form and s.accepted = true and s.submittedAt > :since")
@NamedQuery(name = FormSubmission.DELETE_UP_TO, query = "delete from FormSubmission s"
        + " where s.form = :form and s.submittedAt <= :until")
public class FormSubmission {

    public static final String TIMES_FROM_ADDRESS = "FormSubmission.timesFromAddress";
    public static final String ACCEPTED_SINCE = "FormSubmission.acceptedSince";
    public static final String DELETE_UP_TO = "FormSubmission.deleteUpTo";

    static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String form;

    @Column(name = "client_address", nullable = false, length = ADDRESS_LENGTH)
    private String clientAddress;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean accepted;

    protected FormSubmission() {
        // for JPA
    }

    FormSubmission(String form, String clientAddress, Instant submittedAt, boolean accepted) {
        this.form = form;
        this.clientAddress = clientAddress;
        this.submittedAt = submittedAt;
        this.accepted = accepted;
    }
}
