package org.leadbureau.portal.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.platform.rules.EmailAddress;
import org.leadbureau.portal.platform.rules.TextLength;

/** A Bureau staff member who signs in: email is the login, roles say what they may do. */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.FIND_BY_EMAIL, query = "select u from StaffUser u where u.email = :email")
@NamedQuery(name = StaffUser.FIND_WITH_TOTP_SECRET, query = "select u from StaffUser u where u.totpSecret is not null")
@NamedQuery(name = StaffUser.FIND_ALL, query = "select u from StaffUser u order by u.displayName, u.email")
// A bulk update, deliberately unversioned: scripts sign in with every HTTP Basic request, often several at once,
// and the time of the last sign-in must not make them collide on the account's version.
@NamedQuery(name = StaffUser.RECORD_SIGN_IN, query = "update StaffUser u set u.lastLoginAt = :now "
        + "where u.id = :id and (u.lastLoginAt is null or u.lastLoginAt < :now)")
@NamedQuery(name = StaffUser.COUNT_ACTIVE_WITH_ROLE,
        query = "select count(distinct u) from StaffUser u join u.roles r where u.active = true and r = :role")
public class StaffUser implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_EMAIL = "StaffUser.findByEmail";
    public static final String FIND_WITH_TOTP_SECRET = "StaffUser.findWithTotpSecret";
    public static final String FIND_ALL = "StaffUser.findAll";
    public static final String COUNT_ACTIVE_WITH_ROLE = "StaffUser.countActiveWithRole";
    public static final String RECORD_SIGN_IN = "StaffUser.recordSignIn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    /** Sealed with the portal's secret key (AuthenticatorSecrets): never stored in the clear. */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The time step of the last code accepted, so that no code works twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** The zone this person reads times in; null for the Bureau's zone. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Version
    private long version;

    protected StaffUser() {
        // for JPA
    }

    public StaffUser(String email, String displayName, Set<Role> roles, Instant now) {
        this.email = normaliseEmail(email);
        rename(displayName);
        changeRoles(roles);
        this.active = true;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Emails are compared case-insensitively and without surrounding spaces. */
    public static String normaliseEmail(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > 254 || !EmailAddress.Validator.isEmailAddress(normalised)) {
            throw new IllegalArgumentException("Enter a valid email address.");
        }
        return normalised;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || TextLength.exceeds(newName.strip(), 120)) {
            throw new IllegalArgumentException("Enter a name of 1 to 120 characters.");
        }
        this.displayName = newName.strip();
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("Give the account at least one role.");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void setPasswordHash(String hash, Instant now) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.passwordChangedAt = now;
    }

    /** Forces a reset: the old password stops working until the user sets a new one by email link. */
    public void clearPassword() {
        this.passwordHash = null;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void enableTotp(String secret) {
        this.totpSecret = Objects.requireNonNull(secret);
        this.totpEnabled = true;
    }

    /** The same authenticator secret, sealed anew (it was stored before secrets were encrypted). */
    public void sealTotpSecret(String sealed) {
        this.totpSecret = Objects.requireNonNull(sealed);
    }

    public void disableTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    public void acceptTotpStep(long step) {
        this.totpLastStep = step;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    /** The zone this person reads times in, or null to use the Bureau's. */
    public void chooseTimeZone(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }

    /** The zone chosen, if any. */
    public Optional<ZoneId> getTimeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** Invited, or reset by an administrator, and no password chosen yet. */
    public boolean isAwaitingPassword() {
        return passwordHash == null;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
