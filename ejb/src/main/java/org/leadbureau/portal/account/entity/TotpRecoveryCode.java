package org.leadbureau.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code that stands in for the authenticator app when it is lost. Only its hash is stored. */
@Entity
@Table(name = "totp_recovery_code")
@NamedQuery(name = TotpRecoveryCode.FIND_UNUSED, query = "select c from TotpRecoveryCode c "
        + "where c.user = :user and c.usedAt is null")
@NamedQuery(name = TotpRecoveryCode.DELETE_FOR_USER, query = "delete from TotpRecoveryCode c where c.user = :user")
public class TotpRecoveryCode {

    public static final String FIND_UNUSED = "TotpRecoveryCode.findUnused";
    public static final String DELETE_FOR_USER = "TotpRecoveryCode.deleteForUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private StaffUser user;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected TotpRecoveryCode() {
        // for JPA
    }

    public TotpRecoveryCode(StaffUser user, String codeHash) {
        this.user = user;
        this.codeHash = codeHash;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public void use(Instant now) {
        this.usedAt = now;
    }
}
