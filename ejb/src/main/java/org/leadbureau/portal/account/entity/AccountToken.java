package org.leadbureau.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A one-time link (invitation, password reset, first set-up). Only the SHA-256 of the secret is stored. */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(name = AccountToken.EXPIRE_UNUSED, query = "update AccountToken t set t.expiresAt = :now "
        + "where t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now and (t.user = :user or :user is null)")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String EXPIRE_UNUSED = "AccountToken.expireUnused";

    public enum Purpose { INVITATION, PASSWORD_RESET, SETUP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private StaffUser user;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(Purpose purpose, String tokenHash, StaffUser user, Instant now, Instant expiresAt) {
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.user = user;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; a token works once. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("This link has already been used.");
        }
        this.usedAt = now;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public StaffUser getUser() {
        return user;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
