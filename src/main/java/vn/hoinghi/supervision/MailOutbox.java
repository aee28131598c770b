package vn.hoinghi.supervision;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.NotificationSent;
import vn.hoinghi.assembly.SeasonDefaults;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * E-mail for the filing reminders (3 days and 1 day before, and on the day the deadline is missed) to the
 * people who hold the notified role and have an address. Stored in the transaction that stores the
 * notification, so it exists exactly once with it, and delivered after the commit (MailDelivery).
 * Officers read the outbox of their schools, a school's administrator that of their school.
 */
@Service
@Transactional
public class MailOutbox {

    public record OutboxRow(long id, LocalDateTime createdAt, String schoolName, String recipientName,
                            String recipientEmail, String subject, String body, OutboxStatus status,
                            LocalDateTime sentAt, String lastError) {
    }

    /** The notifications that also go out as e-mail. */
    static final Set<String> MAILED = Set.of("notification.filingReminder", "notification.filingLastDayReminder",
            "notification.filingOverdue");

    private final OutboxRepository outbox;
    private final SchoolDirectory directory;
    private final SeasonDefaults seasons;
    private final AppI18NProvider i18n;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MailOutbox(OutboxRepository outbox, SchoolDirectory directory, SeasonDefaults seasons, AppI18NProvider i18n,
               JdbcClient jdbc, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.directory = directory;
        this.seasons = seasons;
        this.i18n = i18n;
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    public void onNotification(NotificationSent sent) {
        if (sent.schoolId() == null || !MAILED.contains(sent.messageKey())) {
            return;
        }
        String school = directory.school(sent.schoolId()).name();
        String text = t(sent.messageKey(), sent.args().toArray());
        String contents = dossierContents(sent).map(c -> "\n\n" + t("mail.contents") + "\n- "
                + String.join("\n- ", c.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()))
                .orElse("");
        for (StaffInfo person : directory.holders(sent.schoolId(), sent.recipient())) {
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            String key = "mail:" + sent.dedupeKey() + ":" + person.id();
            if (outbox.existsByDedupeKey(key)) {
                continue;
            }
            String subject = t("mail.subject." + sent.messageKey(), school);
            String body = t("mail.greeting", person.fullName(), t(sent.recipient().messageKey())) + "\n\n" + text
                    + "\n\n" + t("mail.school", school) + contents + "\n\n" + t("mail.footer");
            OutboxMessage message = outbox.save(new OutboxMessage(sent.schoolId(), null, sent.assemblyId(),
                    person.fullName(), person.email().strip(), cut(subject, 300), cut(body, 4000), key,
                    VietnamTime.now()));
            events.publishEvent(new OutboxQueued(message.getId()));
        }
    }

    @Transactional(readOnly = true)
    public List<OutboxRow> page(int offset, int limit) {
        Scope scope = scope();
        return jdbc.sql("select o.id, o.created_at, s.name as school_name, o.recipient_name, o.recipient_email,"
                        + " o.subject, o.message_body, o.status, o.sent_at, o.last_error"
                        + " from outbox_message o join school s on s.id = o.school_id where " + scope.where()
                        + " order by o.created_at desc, o.id desc offset :offset rows fetch next :limit rows only")
                .param("id", scope.id()).param("offset", Math.max(offset, 0)).param("limit", Math.max(limit, 0))
                .query((rs, n) -> new OutboxRow(rs.getLong("id"), rs.getObject("created_at", LocalDateTime.class),
                        rs.getString("school_name"), rs.getString("recipient_name"), rs.getString("recipient_email"),
                        rs.getString("subject"), rs.getString("message_body"),
                        OutboxStatus.valueOf(rs.getString("status")), rs.getObject("sent_at", LocalDateTime.class),
                        rs.getString("last_error")))
                .list();
    }

    @Transactional(readOnly = true)
    public int count() {
        Scope scope = scope();
        return jdbc.sql("select count(*) from outbox_message o join school s on s.id = o.school_id where "
                + scope.where()).param("id", scope.id()).query(Integer.class).single();
    }

    private record Scope(String where, long id) {
    }

    /** An officer sees the schools currently under their body; an administrator their own school. */
    private static Scope scope() {
        AppUser user = CurrentUser.require();
        if (user.hasRole(Role.SUPERVISOR) && user.supervisingBodyId() != null) {
            return new Scope("s.supervising_body_id = :id", user.supervisingBodyId());
        }
        if (user.hasRole(Role.ADMIN) && user.schoolId() != null) {
            return new Scope("o.school_id = :id", user.schoolId());
        }
        throw new BusinessRuleException("error.accessDenied");
    }

    private Optional<String> dossierContents(NotificationSent sent) {
        if (sent.assemblyId() == null) {
            return Optional.empty();
        }
        return jdbc.sql("select school_year from assembly where id = :id").param("id", sent.assemblyId())
                .query(String.class).optional()
                .flatMap(year -> seasons.forSchool(sent.schoolId(), year))
                .map(SeasonDefaults.Season::dossierContents);
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, AppI18NProvider.VIETNAMESE, args);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
