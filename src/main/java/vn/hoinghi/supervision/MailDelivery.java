package vn.hoinghi.supervision;

import java.io.UnsupportedEncodingException;
import java.util.List;
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

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import vn.hoinghi.shared.VietnamTime;

/**
 * Delivers stored e-mail after the transaction that stored it has committed, through Spring Mail when
 * spring.mail.host is configured; without a mail server the message stays in the in-app outbox. A
 * message is claimed before it is sent, so it goes out at most once, also after a restart; a failure
 * is retried by the periodic sweep a few times.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int MAX_ATTEMPTS = 5;
    private static final List<OutboxStatus> DELIVERABLE = List.of(OutboxStatus.PENDING, OutboxStatus.FAILED);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;
    private final String from;
    /** One thread: a hanging server delays only other mail (the SMTP timeouts bound each attempt). */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-mailer");
        t.setDaemon(true);
        return t;
    });

    MailDelivery(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager tm,
                 @Value("${hoinghi.mail.from:${spring.mail.username:hoinghi@localhost}}") String from) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.tx = new TransactionTemplate(tm);
        // after a commit the finished transaction's resources are still bound: work in a new one
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    /**
     * After the commit, on a thread of its own when a server is configured: the committing thread may be a
     * Flowable timer job, which must never wait on SMTP. Without a server the message is only marked as kept.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(OutboxQueued queued) {
        if (mailSender.getIfAvailable() == null) {
            deliver(queued.messageId());
        } else {
            worker.execute(() -> deliver(queued.messageId()));
        }
    }

    /** Picks up what a crash or a failed server left behind. */
    @Scheduled(initialDelayString = "${hoinghi.mail.sweep-initial-delay:PT1M}",
            fixedDelayString = "${hoinghi.mail.sweep-delay:PT5M}")
    void deliverPending() {
        List<Long> ids = tx.execute(s -> outbox.idsToDeliver(DELIVERABLE, MAX_ATTEMPTS));
        if (ids != null) {
            ids.forEach(this::deliver);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void deliver(long id) {
        OutboxMessage message = tx.execute(s -> outbox.claim(id, DELIVERABLE) == 0 ? null
                : outbox.findById(id).orElse(null));
        if (message == null) {
            return;
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            mark(id, OutboxStatus.IN_APP, null);
            return;
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(message.getRecipientEmail(), message.getRecipientName(), "UTF-8"));
            helper.setSubject(message.getSubject());
            helper.setText(message.getMessageBody(), false);
            sender.send(mime);
            mark(id, OutboxStatus.SENT, null);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            log.warn("E-mail {} to {} not sent: {}", id, message.getRecipientEmail(), e.getMessage());
            mark(id, OutboxStatus.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void mark(long id, OutboxStatus status, String error) {
        tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(m -> {
            if (status == OutboxStatus.FAILED) {
                m.failed(error);
            } else {
                m.delivered(status, status == OutboxStatus.SENT ? VietnamTime.now() : null);
            }
        }));
    }
}
