package org.leadbureau.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in attempt, kept for throttling (in the database, so that every node sees the same counts). */
@Entity
@Table(name = "sign_in_attempt")
@NamedQuery(name = SignInAttempt.FAILURES_FOR_EMAIL_FROM_ADDRESS, query = "select a.attemptedAt from SignInAttempt a "
        + "where a.email = :email and a.clientAddress = :address and a.outcome = :failure and a.attemptedAt > :since "
        + "order by a.attemptedAt")
@NamedQuery(name = SignInAttempt.FAILURES_FROM_ADDRESS, query = "select a.attemptedAt from SignInAttempt a "
        + "where a.clientAddress = :address and a.outcome = :failure and a.attemptedAt > :since order by a.attemptedAt")
@NamedQuery(name = SignInAttempt.DELETE_FAILURES_FOR_EMAIL, query = "delete from SignInAttempt a "
        + "where a.email = :email and a.outcome = :failure")
@NamedQuery(name = SignInAttempt.DELETE_BEFORE, query = "delete from SignInAttempt a where a.attemptedAt < :before")
public class SignInAttempt {

    public static final String FAILURES_FOR_EMAIL_FROM_ADDRESS = "SignInAttempt.failuresForEmailFromAddress";
    public static final String FAILURES_FROM_ADDRESS = "SignInAttempt.failuresFromAddress";
    public static final String DELETE_FAILURES_FOR_EMAIL = "SignInAttempt.deleteFailuresForEmail";
    public static final String DELETE_BEFORE = "SignInAttempt.deleteBefore";

    public enum Outcome { SUCCESS, FAILURE, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected SignInAttempt() {
        // for JPA
    }

    public SignInAttempt(String email, String clientAddress, Outcome outcome, Instant attemptedAt) {
        this.email = email.length() > 254 ? email.substring(0, 254) : email;
        this.clientAddress = clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
        this.outcome = outcome;
        this.attemptedAt = attemptedAt;
    }
}
