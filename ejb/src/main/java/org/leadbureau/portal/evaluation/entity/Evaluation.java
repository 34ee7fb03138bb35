package org.leadbureau.portal.evaluation.entity;

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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.visits.entity.SiteVisit;

/**
 * One person's evaluation of a training they attended or a site visit they took part in: invited by mail, answered
 * at most once, within {@link #VALIDITY} of the invitation. The person's address is kept to send the links; staff
 * see the answers with the name the person chose to give, or none.
 */
@Entity
@Table(name = "evaluation")
@NamedQuery(name = Evaluation.FIND_DUE_REMINDERS, query = "select e from Evaluation e where e.answeredAt is null"
        + " and e.remindedAt is null and e.invitedAt <= :cutoff and e.expiresAt > :now order by e.id")
@NamedQuery(name = Evaluation.AVERAGE_OVERALL, query = "select avg(e.overall) from Evaluation e join e.training t"
        + " where e.answeredAt is not null and t.startsAt >= :from and t.startsAt < :to")
public class Evaluation {

    public static final String FIND_DUE_REMINDERS = "Evaluation.findDueReminders";
    public static final String AVERAGE_OVERALL = "Evaluation.averageOverall";
    /** How long an evaluation can be answered after the invitation. */
    public static final Duration VALIDITY = Duration.ofDays(60);
    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_id")
    private Training training;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private SiteVisit visit;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private Integer overall;

    private Integer usefulness;

    private Boolean recommend;

    @Column(name = "change_text", length = MAX_TEXT)
    private String changeText;

    @Column(name = "improve_text", length = MAX_TEXT)
    private String improveText;

    @Column(name = "respondent_name", length = MAX_NAME)
    private String respondentName;

    @Version
    private long version;

    protected Evaluation() {
        // for JPA
    }

    private Evaluation(String recipientName, String email, Instant now) {
        this.recipientName = Objects.requireNonNull(recipientName, "recipientName");
        this.email = Objects.requireNonNull(email, "email");
        this.invitedAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(VALIDITY);
    }

    /** The evaluation of a training by someone who attended it. */
    public static Evaluation ofTraining(Registration registration, Instant now) {
        var evaluation = new Evaluation(registration.getName(), registration.getEmail(), now);
        evaluation.registration = registration;
        evaluation.training = registration.getTraining();
        return evaluation;
    }

    /** The evaluation of a site visit by its site contact or a participant. */
    public static Evaluation ofVisit(SiteVisit visit, String name, String email, Instant now) {
        var evaluation = new Evaluation(name, email, now);
        evaluation.visit = Objects.requireNonNull(visit, "visit");
        return evaluation;
    }

    /** Whether the link still takes an answer: not answered, not expired. */
    public boolean isOpen(Instant now) {
        return answeredAt == null && now.isBefore(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Records the answer (the boundary has checked the values); a second answer is refused. */
    public void answer(int overall, int usefulness, boolean recommend, String change, String improve, String name,
                       Instant now) {
        if (answeredAt != null) {
            throw new IllegalStateException("This evaluation has already been answered");
        }
        this.overall = overall;
        this.usefulness = usefulness;
        this.recommend = recommend;
        this.changeText = change;
        this.improveText = improve;
        this.respondentName = name;
        this.answeredAt = now;
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
    }

    /** What is evaluated, in words: the training's title, or the visit's purpose and site. */
    public String getSubject() {
        return training != null ? training.getTitle()
                : visit.getPurpose() + " (" + visit.getSite().getName() + ")";
    }

    public Instant getStartsAt() {
        return training != null ? training.getStartsAt() : visit.getStartsAt();
    }

    public Instant getEndsAt() {
        return training != null ? training.getEndsAt() : visit.getEndsAt();
    }

    public ZoneId getZone() {
        return training != null ? training.getZone() : visit.getZone();
    }

    public Long getId() {
        return id;
    }

    public Training getTraining() {
        return training;
    }

    public SiteVisit getVisit() {
        return visit;
    }

    /** The language the mails are written in: the registrant's; site visits are arranged in English. */
    public Language getLanguage() {
        return registration != null ? registration.getLanguage() : Language.DEFAULT;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getEmail() {
        return email;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
