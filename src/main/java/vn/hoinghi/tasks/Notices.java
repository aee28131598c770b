package vn.hoinghi.tasks;

import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * Each person's notifications: a new task, due soon, overdue, a mention, a returned dossier. Made in the
 * transaction of what caused them (so a rolled-back action notifies nobody), once each by their dedupe key;
 * e-mail goes out only after the commit, on the mailer's own thread ({@link NoticeMailer}).
 */
@Service
@Transactional
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    /** A notification as the bell lists it. */
    public record NoticeView(long id, NoticeKind kind, String messageKey, List<String> args, String link,
                             LocalDateTime createdAt, boolean read) {
    }

    /** Published when a notification is made; the mailer picks urgent ones up after the commit. */
    public record NoticeMade(long id, boolean urgent) {
    }

    private final NoticeRepository notices;
    private final NotificationPreferenceRepository preferences;
    private final ApplicationEventPublisher events;

    Notices(NoticeRepository notices, NotificationPreferenceRepository preferences, ApplicationEventPublisher events) {
        this.notices = notices;
        this.preferences = preferences;
        this.events = events;
    }

    /**
     * Notifies one person, once for the dedupe key; false when it was already made.
     *
     * @param link the page it opens, a route such as "task/…" (null: none)
     * @param args message arguments; one starting with '#' is a message key itself
     */
    public boolean notify(String recipient, NoticeKind kind, String taskId, String link, String dedupeKey,
                          String messageKey, List<String> args) {
        if (recipient == null || notices.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        Notice n = notices.save(new Notice(recipient, kind, taskId, link, messageKey, args, dedupeKey,
                VietnamTime.now()));
        events.publishEvent(new NoticeMade(n.getId(), n.isUrgent()));
        log.debug("Notification {} {} to {}", kind, dedupeKey, recipient);
        return true;
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return (int) notices.countByRecipientAndReadAtIsNull(CurrentUser.require().getUsername());
    }

    /** My newest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NoticeView> mine(int limit) {
        return notices.findByRecipientOrderByCreatedAtDescIdDesc(CurrentUser.require().getUsername(),
                PageRequest.of(0, Math.max(1, limit))).stream().map(Notices::view).toList();
    }

    /** Marks one of my notifications read; another's is refused. */
    public void markRead(long id) {
        Notice n = notices.findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (!n.getRecipient().equals(CurrentUser.require().getUsername())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        n.read(VietnamTime.now());
    }

    public void markAllRead() {
        LocalDateTime now = VietnamTime.now();
        notices.findByRecipientAndReadAtIsNull(CurrentUser.require().getUsername()).forEach(n -> n.read(now));
    }

    @Transactional(readOnly = true)
    public boolean emailEnabled() {
        return emailEnabled(CurrentUser.require().getUsername());
    }

    boolean emailEnabled(String username) {
        return preferences.findById(username).map(NotificationPreference::isEmailEnabled).orElse(true);
    }

    /** Turns my notification e-mail on or off (the notifications in the app stay). */
    public void setEmailEnabled(boolean enabled) {
        String me = CurrentUser.require().getUsername();
        NotificationPreference p = preferences.findById(me).orElseGet(() -> new NotificationPreference(me, enabled));
        p.setEmailEnabled(enabled);
        preferences.save(p);
    }

    private static NoticeView view(Notice n) {
        return new NoticeView(n.getId(), n.getKind(), n.getMessageKey(), n.args(), n.getLink(), n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
