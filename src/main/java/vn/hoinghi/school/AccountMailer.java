package vn.hoinghi.school;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.hoinghi.shared.AppI18NProvider;

/**
 * Mails a new or reset password to its owner, only when mail is configured (spring.mail.host and a
 * JavaMailSender). Sent after the transaction commits and off the request thread, so a slow or broken
 * mail server never holds up or undoes the import; the administrator has seen the passwords anyway.
 */
@Component
class AccountMailer {

    /** Someone to tell about their account. */
    record Credential(String fullName, String email, String username, String password) {
    }

    private static final Logger log = LoggerFactory.getLogger(AccountMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AppI18NProvider i18n;
    private final String host;
    private final String from;

    AccountMailer(ObjectProvider<JavaMailSender> mailSender, AppI18NProvider i18n,
                  @Value("${spring.mail.host:}") String host,
                  @Value("${hoinghi.mail.from:${spring.mail.username:}}") String from) {
        this.mailSender = mailSender;
        this.i18n = i18n;
        this.host = host;
        this.from = from;
    }

    boolean enabled() {
        return host != null && !host.isBlank() && mailSender.getIfAvailable() != null;
    }

    /** How many of them have an address and will get a message (0 when mail is not configured). */
    int send(List<Credential> credentials) {
        if (!enabled()) {
            return 0;
        }
        List<Credential> withAddress = credentials.stream()
                .filter(c -> c.email() != null && !c.email().isBlank()).toList();
        if (withAddress.isEmpty()) {
            return 0;
        }
        Runnable job = () -> Thread.ofVirtual().name("account-mail").start(() -> deliver(withAddress));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    job.run();
                }
            });
        } else {
            job.run();
        }
        return withAddress.size();
    }

    private void deliver(List<Credential> credentials) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        int sent = 0;
        for (Credential c : credentials) {
            SimpleMailMessage message = new SimpleMailMessage();
            if (from != null && !from.isBlank()) {
                message.setFrom(from);
            }
            message.setTo(c.email());
            message.setSubject(i18n.getTranslation("account.mail.subject", AppI18NProvider.VIETNAMESE));
            message.setText(i18n.getTranslation("account.mail.body", AppI18NProvider.VIETNAMESE, c.fullName(),
                    c.username(), c.password()));
            try {
                sender.send(message);
                sent++;
            } catch (MailException e) {
                log.warn("Could not mail the account of {} to {}: {}", c.username(), c.email(), e.getMessage());
            }
        }
        log.info("Mailed {} of {} new passwords", sent, credentials.size());
    }
}
