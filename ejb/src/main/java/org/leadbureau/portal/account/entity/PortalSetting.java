package org.leadbureau.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A portal-wide setting: ADMIN changes some at run time (rows created by migrations), the portal keeps others. */
@Entity
@Table(name = "portal_setting")
public class PortalSetting {

    public static final String TOTP_REQUIRED_FOR_ADMINS = "totp-required-for-admins";
    /** Identifies the portal's secret key (see SecretBox.checkValue): empty until the first start writes it. */
    public static final String SECRET_KEY_CHECK = "secret-key-check";

    @Id
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    protected PortalSetting() {
        // for JPA
    }

    public String getValue() {
        return value;
    }

    public boolean isOn() {
        return Boolean.parseBoolean(value);
    }

    public void turn(boolean on) {
        this.value = Boolean.toString(on);
    }

    public void write(String value) {
        this.value = Objects.requireNonNull(value);
    }
}
