package org.leadbureau.portal.inquiry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One accepted submission of the contact form or API (stored or dropped as a bot's), counted by the rate limits.
 * In the database, so that every node sees the same counts.
 */
@Entity
@Table(name = "inquiry_submission")
@NamedQuery(name = InquirySubmission.TIMES_FROM_ADDRESS, query = "select s.submittedAt from InquirySubmission s"
        + " where s.clientAddress = :address and s.submittedAt > :since order by s.submittedAt")
@NamedQuery(name = InquirySubmission.TIMES_SINCE, query = "select s.submittedAt from InquirySubmission s"
        + " where s.submittedAt > :since order by s.submittedAt")
@NamedQuery(name = InquirySubmission.DELETE_UP_TO, query = "delete from InquirySubmission s where s.submittedAt <= :until")
public class InquirySubmission {

    public static final String TIMES_FROM_ADDRESS = "InquirySubmission.timesFromAddress";
    public static final String TIMES_SINCE = "InquirySubmission.timesSince";
    public static final String DELETE_UP_TO = "InquirySubmission.deleteUpTo";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected InquirySubmission() {
        // for JPA
    }

    public InquirySubmission(String clientAddress, Instant submittedAt) {
        this.clientAddress = clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
        this.submittedAt = submittedAt;
    }
}
