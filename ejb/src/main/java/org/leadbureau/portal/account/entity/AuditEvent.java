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
import java.io.Serializable;
import java.time.Instant;

/** Something that happened that the Bureau may need to account for later. Never holds a secret. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.DELETE_BEFORE, query = "delete from AuditEvent e where e.occurredAt < :before")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DELETE_BEFORE = "AuditEvent.deleteBefore";

    /** What part of the Bureau's work an action belongs to, to filter the log by. */
    public enum Area {
        ACCOUNTS("Accounts and sign-in"), INQUIRIES("Inquiries"), TRAININGS("Trainings"), LIBRARY("Library"),
        SITES("Directory of sites"), VISITS("Site visits"), SETTINGS("Settings and exports");

        private final String label;

        Area(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** Every kind of change the log records, with the words ADMIN reads it in. */
    public enum Action {
        SIGN_IN(Area.ACCOUNTS, "Signed in"),
        SIGN_IN_FAILED(Area.ACCOUNTS, "Sign-in failed"),
        LOCKED_OUT(Area.ACCOUNTS, "Sign-in locked after failures"),
        SIGN_IN_UNLOCKED(Area.ACCOUNTS, "Sign-in lock lifted"),
        SIGN_OUT(Area.ACCOUNTS, "Signed out"),
        FIRST_ADMIN_CREATED(Area.ACCOUNTS, "First administrator created"),
        USER_CREATED(Area.ACCOUNTS, "Account created"),
        USER_INVITED(Area.ACCOUNTS, "Account created with an invitation"),
        ROLES_CHANGED(Area.ACCOUNTS, "Roles changed"),
        USER_DEACTIVATED(Area.ACCOUNTS, "Account deactivated"),
        USER_ACTIVATED(Area.ACCOUNTS, "Account activated"),
        PASSWORD_CHANGED(Area.ACCOUNTS, "Password changed"),
        PASSWORD_RESET_REQUESTED(Area.ACCOUNTS, "Password reset requested"),
        PASSWORD_RESET_FORCED(Area.ACCOUNTS, "Password reset forced"),
        PASSWORD_SET(Area.ACCOUNTS, "Password set from a link"),
        TOTP_ENABLED(Area.ACCOUNTS, "Two-step sign-in turned on"),
        TOTP_REPLACED(Area.ACCOUNTS, "Two-step sign-in moved to a new app"),
        TOTP_DISABLED(Area.ACCOUNTS, "Two-step sign-in turned off"),
        TOTP_RESET(Area.ACCOUNTS, "Two-step sign-in reset by an administrator"),
        TOTP_RECOVERY_USED(Area.ACCOUNTS, "Recovery code used"),
        SETTING_CHANGED(Area.SETTINGS, "Setting changed"),
        DATA_EXPORTED(Area.SETTINGS, "Personal data exported"),
        INQUIRY_ASSIGNED(Area.INQUIRIES, "Inquiry assigned"),
        INQUIRY_MARKED_SPAM(Area.INQUIRIES, "Inquiry marked as spam"),
        INQUIRY_LINKED_TO_SITE(Area.INQUIRIES, "Inquiry added to the directory"),
        INQUIRY_RELEASED(Area.INQUIRIES, "Suspected spam released"),
        INQUIRY_STATUS_CHANGED(Area.INQUIRIES, "Inquiry status changed"),
        INQUIRY_REPLIED(Area.INQUIRIES, "Inquiry answered by email"),
        INQUIRY_NOTE_ADDED(Area.INQUIRIES, "Internal note added to an inquiry"),
        TRAINING_CREATED(Area.TRAININGS, "Training created"),
        TRAINING_CHANGED(Area.TRAININGS, "Training changed"),
        TRAINING_PUBLISHED(Area.TRAININGS, "Training published"),
        TRAINING_CANCELLED(Area.TRAININGS, "Training cancelled"),
        SEAT_GIVEN(Area.TRAININGS, "Seat given out of turn"),
        CHECKED_IN(Area.TRAININGS, "Registrant checked in"),
        CHECK_IN_UNDONE(Area.TRAININGS, "Check-in undone"),
        REGISTRATION_CANCELLED(Area.TRAININGS, "Registration cancelled by staff"),
        REGISTRATION_SITE_CHANGED(Area.TRAININGS, "Registrant's site corrected"),
        RESOURCE_CREATED(Area.LIBRARY, "Resource uploaded"),
        RESOURCE_CHANGED(Area.LIBRARY, "Resource changed"),
        RESOURCE_FILE_REPLACED(Area.LIBRARY, "Resource file replaced"),
        RESOURCE_PUBLISHED(Area.LIBRARY, "Resource published"),
        RESOURCE_UNPUBLISHED(Area.LIBRARY, "Resource unpublished"),
        RESOURCE_DELETED(Area.LIBRARY, "Resource deleted"),
        SITE_CREATED(Area.SITES, "Site created"),
        SITE_CHANGED(Area.SITES, "Site changed"),
        SITE_STATUS_CHANGED(Area.SITES, "Site status recorded"),
        SITE_RETIRED(Area.SITES, "Site retired"),
        SITE_REINSTATED(Area.SITES, "Site reinstated"),
        SITE_PUBLISHED(Area.SITES, "Draft site published"),
        SITE_VERIFIED(Area.SITES, "Site marked verified"),
        SITES_IMPORTED(Area.SITES, "Sites imported from CSV"),
        VISIT_BOOKED(Area.VISITS, "Site visit booked"),
        VISIT_CHANGED(Area.VISITS, "Site visit changed"),
        VISIT_STATUS_CHANGED(Area.VISITS, "Site visit status changed"),
        UNAVAILABILITY_ADDED(Area.VISITS, "Unavailability entered"),
        UNAVAILABILITY_REMOVED(Area.VISITS, "Unavailability removed"),
        FEED_ADDRESS_MADE(Area.VISITS, "Calendar feed address made"),
        FEED_REVOKED(Area.VISITS, "Calendar feed revoked");

        private final Area area;
        private final String label;

        Action(Area area, String label) {
            this.area = area;
            this.label = label;
        }

        public Area getArea() {
            return area;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 254)
    private String actor;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Action action;

    @Column(length = 254)
    private String subject;

    @Column(length = 1000)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String clientAddress, Action action, String subject,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = clip(actor, 254);
        this.clientAddress = clip(clientAddress, 64);
        this.action = action;
        this.subject = clip(subject, 254);
        this.detail = clip(detail, 1000);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Action getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
