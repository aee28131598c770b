package vn.hoinghi.tasks;

import java.io.UnsupportedEncodingException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.i18n.I18NProvider;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.Texts;

/**
 * Mails notifications when a mail server is configured (spring.mail.host): an urgent one soon after the commit
 * that made it, the others once a day as one digest per person; never for someone who turned e-mail off. SMTP
 * is only ever spoken on this class's own thread and the scheduler's, never on the thread that committed (which
 * may be one of the engine's job threads), with the connect and read timeouts of spring.mail.properties. A
 * notification is claimed before it is sent, so it goes out once; a failure is retried a few times.
 */
@Component
class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    static final int MAX_ATTEMPTS = 5;

    private final NoticeRepository notices;
    private final NoticeClaims claims;
    private final Notices service;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SchoolDirectory directory;
    private final I18NProvider i18n;
    private final TransactionTemplate tx;
    private final String from;
    private final String baseUrl;
    /** One thread: mail is slow and rare; a hanging server delays only other mail. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notice-mailer");
        t.setDaemon(true);
        return t;
    });

    NoticeMailer(NoticeRepository notices, NoticeClaims claims, Notices service,
                 ObjectProvider<JavaMailSender> mailSender, SchoolDirectory directory, I18NProvider i18n,
                 PlatformTransactionManager tm,
                 @Value("${hoinghi.mail.from:${spring.mail.username:hoinghi@localhost}}") String from,
                 @Value("${hoinghi.base-url:}") String baseUrl) {
        this.notices = notices;
        this.claims = claims;
        this.service = service;
        this.mailSender = mailSender;
        this.directory = directory;
        this.i18n = i18n;
        this.tx = new TransactionTemplate(tm);
        // after a commit the finished transaction's resources are still bound: work in a new one
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onMade(Notices.NoticeMade made) {
        if (made.urgent() && mailSender.getIfAvailable() != null) {
            worker.execute(() -> sendUrgent(made.id()));
        }
    }

    /** Urgent ones left behind by a failure or a restart. */
    @Scheduled(initialDelayString = "${hoinghi.notify.sweep-initial-delay:PT2M}",
            fixedDelayString = "${hoinghi.notify.sweep-delay:PT5M}")
    void sweep() {
        if (mailSender.getIfAvailable() != null) {
            worker.execute(() -> ids(false).forEach(this::sendUrgent));
        }
    }

    /** The day's digest: everything not yet mailed, one message per person. */
    @Scheduled(cron = "${hoinghi.notify.digest-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void digest() {
        if (mailSender.getIfAvailable() != null) {
            worker.execute(this::sendDigests);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private List<Long> ids(boolean digest) {
        List<Long> ids = tx.execute(s -> notices.toMail(digest, MAX_ATTEMPTS));
        return ids == null ? List.of() : ids;
    }

    void sendUrgent(long id) {
        Notice n = claim(id);
        if (n == null) {
            return;
        }
        Optional<String> to = addressOf(n.getRecipient());
        if (to.isEmpty()) {
            return; // claimed and left: no address, or e-mail turned off
        }
        String text = render(n);
        send(List.of(n), to.get(), i18n.getTranslation("notice.mail.subject", AppI18NProvider.VIETNAMESE, text),
                body(List.of(n)));
    }

    void sendDigests() {
        Map<String, List<Notice>> byPerson = new LinkedHashMap<>();
        for (long id : ids(true)) {
            Notice n = claim(id);
            if (n != null) {
                byPerson.computeIfAbsent(n.getRecipient(), k -> new ArrayList<>()).add(n);
            }
        }
        byPerson.forEach((person, list) -> addressOf(person).ifPresent(to -> send(list, to,
                i18n.getTranslation("notice.mail.digestSubject", AppI18NProvider.VIETNAMESE, list.size()),
                body(list))));
    }

    private Notice claim(long id) {
        return tx.execute(s -> claims.claim(id, vn.hoinghi.shared.VietnamTime.now()) == 0 ? null
                : notices.findById(id).orElse(null));
    }

    private Optional<String> addressOf(String username) {
        Boolean wanted = tx.execute(s -> service.emailEnabled(username));
        return Boolean.TRUE.equals(wanted) ? directory.emailOf(username) : Optional.empty();
    }

    private void send(List<Notice> list, String to, String subject, String body) {
        JavaMailSender sender = mailSender.getIfAvailable();
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(to, directory.displayName(list.get(0).getRecipient()), "UTF-8"));
            helper.setSubject(subject);
            helper.setText(body, false);
            sender.send(mime);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Notification e-mail to {} not sent: {}", to, error);
            // unclaimed again, to be retried by the sweep (urgent) or the next digest
            tx.executeWithoutResult(s -> list.forEach(n -> notices.findById(n.getId()).ifPresent(row -> {
                row.mailed(null);
                row.mailFailed(error);
            })));
        }
    }

    private String body(List<Notice> list) {
        StringBuilder b = new StringBuilder();
        for (Notice n : list) {
            b.append("• ").append(Texts.dateTime(n.getCreatedAt())).append(" – ").append(render(n));
            if (n.getLink() != null && !baseUrl.isEmpty()) {
                b.append("\n  ").append(baseUrl).append('/').append(n.getLink());
            }
            b.append('\n');
        }
        b.append('\n').append(i18n.getTranslation("notice.mail.footer", AppI18NProvider.VIETNAMESE));
        return b.toString();
    }

    private String render(Notice n) {
        Object[] args = n.args().stream().map(a -> a.startsWith("#")
                ? i18n.getTranslation(a.substring(1), AppI18NProvider.VIETNAMESE) : a).toArray();
        return i18n.getTranslation(n.getMessageKey(), AppI18NProvider.VIETNAMESE, args);
    }
}
