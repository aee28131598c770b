package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Delivery through an SMTP server: once per message, retried after a failure, UTF-8 subjects. */
class MailDeliveryTest {

    private final Map<Long, OutboxMessage> store = new HashMap<>();
    private final List<MimeMessage> sent = new ArrayList<>();
    private boolean serverDown;

    @Test
    void a_message_is_sent_once_even_when_delivery_runs_again_after_a_restart() throws MessagingException {
        MailDelivery delivery = delivery(server());
        store.put(1L, message());
        delivery.deliver(1L);
        delivery.deliver(1L);
        delivery.deliverPending();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getSubject()).isEqualTo("[Hội nghị] Nhắc hạn nộp hồ sơ – Trường Mầm non Hòa Bình");
        assertThat(sent.get(0).getAllRecipients()[0].toString()).contains("ctcongdoan@mnhoabinh.edu.vn");
        assertThat(store.get(1L).getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void a_failed_message_is_retried_by_the_sweep_and_then_sent() {
        MailDelivery delivery = delivery(server());
        store.put(1L, message());
        serverDown = true;
        delivery.deliver(1L);
        assertThat(store.get(1L).getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(store.get(1L).getAttempts()).isEqualTo(1);
        serverDown = false;
        delivery.deliverPending();
        assertThat(sent).hasSize(1);
        assertThat(store.get(1L).getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void without_a_mail_server_the_message_stays_in_the_app() {
        MailDelivery delivery = delivery(null);
        store.put(1L, message());
        delivery.deliver(1L);
        assertThat(store.get(1L).getStatus()).isEqualTo(OutboxStatus.IN_APP);
        assertThat(sent).isEmpty();
    }

    private OutboxMessage message() {
        return new OutboxMessage(1L, null, 1L, "Lê Thị Hồng", "ctcongdoan@mnhoabinh.edu.vn",
                "[Hội nghị] Nhắc hạn nộp hồ sơ – Trường Mầm non Hòa Bình", "Kính gửi", "mail:x:1", LocalDateTime.now());
    }

    private JavaMailSender server() {
        return new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                if (serverDown) {
                    throw new MailSendException("Connection refused");
                }
                sent.addAll(List.of(messages));
            }
        };
    }

    private MailDelivery delivery(JavaMailSender sender) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (sender != null) {
            beans.registerSingleton("mailSender", sender);
        }
        return new MailDelivery(repository(), beans.getBeanProvider(JavaMailSender.class), new NoTransactions(),
                "hoinghi@localhost");
    }

    /** The three queries delivery uses, over a map. */
    @SuppressWarnings("unchecked")
    private OutboxRepository repository() {
        return (OutboxRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{OutboxRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findById" -> Optional.ofNullable(store.get((Long) args[0]));
                    case "claim" -> {
                        OutboxMessage m = store.get((Long) args[0]);
                        if (m == null || !((Collection<OutboxStatus>) args[1]).contains(m.getStatus())) {
                            yield 0;
                        }
                        m.delivered(OutboxStatus.SENDING, null);
                        yield 1;
                    }
                    case "idsToDeliver" -> store.entrySet().stream()
                            .filter(e -> ((Collection<OutboxStatus>) args[0]).contains(e.getValue().getStatus())
                                    && e.getValue().getAttempts() < (Integer) args[1])
                            .map(Map.Entry::getKey).toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class NoTransactions implements PlatformTransactionManager {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }
}
