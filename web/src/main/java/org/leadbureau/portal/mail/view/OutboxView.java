package org.leadbureau.portal.mail.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.mail.boundary.OutboxMessages;
import org.leadbureau.portal.mail.entity.MailStatus;
import org.leadbureau.portal.mail.entity.OutboxMessage;

/** {@code /staff/admin/outbox}: ADMIN reads the newest messages of the outbox, with their delivery state. */
@Named
@RequestScoped
public class OutboxView {

    static final int SHOWN = 200;

    @Inject
    OutboxMessages outbox;

    private List<OutboxMessage> messages;
    private Map<MailStatus, Long> counts;

    @PostConstruct
    void load() {
        messages = outbox.recent(0, SHOWN);
        counts = outbox.countByStatus();
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }

    public long getQueued() {
        return counts.get(MailStatus.QUEUED);
    }

    public long getSent() {
        return counts.get(MailStatus.SENT);
    }

    public long getFailed() {
        return counts.get(MailStatus.FAILED);
    }
}
