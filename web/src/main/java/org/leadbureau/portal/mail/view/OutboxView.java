package org.leadbureau.portal.mail.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.leadbureau.portal.mail.boundary.OutboxMessages;
import org.leadbureau.portal.mail.boundary.OutboxRow;
import org.leadbureau.portal.mail.entity.MailStatus;
import org.leadbureau.portal.mail.entity.OutboxMessage;
import org.leadbureau.portal.platform.view.PagedTableModel;

/**
 * {@code /staff/admin/outbox}: ADMIN pages through the outbox, newest first, with the delivery state of each
 * message; a message's bodies and attachments are read only when it is opened.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxMessages outbox;

    private PagedTableModel<OutboxRow> messages;
    private Map<MailStatus, Long> counts;
    private transient OutboxMessage opened;

    @PostConstruct
    void load() {
        counts = outbox.countByStatus();
        OutboxMessages source = outbox;
        messages = new PagedTableModel<>(source::count,
                (page, sort, ascending) -> source.rows(page, sort != null && ascending), row -> String.valueOf(row.getId()));
    }

    /** The message of a row being opened, with its bodies and attachments. */
    public OutboxMessage open(long id) {
        if (opened == null || opened.getId() != id) {
            opened = outbox.find(id).orElse(null);
        }
        return opened;
    }

    public PagedTableModel<OutboxRow> getMessages() {
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
