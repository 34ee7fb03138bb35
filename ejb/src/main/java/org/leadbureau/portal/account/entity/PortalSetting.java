package org.leadbureau.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A portal-wide setting that ADMIN changes at run time; rows are created by migrations. */
@Entity
@Table(name = "portal_setting")
public class PortalSetting {

    public static final String TOTP_REQUIRED_FOR_ADMINS = "totp-required-for-admins";

    @Id
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    protected PortalSetting() {
        // for JPA
    }

    public boolean isOn() {
        return Boolean.parseBoolean(value);
    }

    public void turn(boolean on) {
        this.value = Boolean.toString(on);
    }
}
