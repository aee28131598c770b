package vn.hoinghi.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.hoinghi.shared.AppI18NProvider;

/** New passwords go by mail only when mail is configured, and only to people with an address. */
class AccountMailerTest {

    private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
    private final CountDownLatch delivered = new CountDownLatch(1);
    private final JavaMailSender server = new JavaMailSenderImpl() {
        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
            delivered.countDown();
        }
    };

    private AccountMailer mailer(String host) {
        return new AccountMailer(new StaticListableBeanFactory(Map.of("mailSender", server))
                .getBeanProvider(JavaMailSender.class), new AppI18NProvider(), host, "truong@example.edu.vn");
    }

    @Test
    void with_a_mail_server_each_person_with_an_address_gets_their_username_and_password() throws Exception {
        AccountMailer mailer = mailer("smtp.example.edu.vn");
        int count = mailer.send(List.of(new AccountMailer.Credential("Lê Thị Hồng", "hong@example.edu.vn", "honglt",
                "Abc23456defg"), new AccountMailer.Credential("Phạm Văn Nam", null, "nampv", "x")));
        assertThat(count).isEqualTo(1);
        assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sent).hasSize(1);
        SimpleMailMessage m = sent.get(0);
        assertThat(m.getTo()).containsExactly("hong@example.edu.vn");
        assertThat(m.getFrom()).isEqualTo("truong@example.edu.vn");
        assertThat(m.getSubject()).isEqualTo("Tài khoản Hội nghị viên chức, người lao động của bạn");
        assertThat(m.getText()).contains("Lê Thị Hồng", "honglt", "Abc23456defg");
    }

    @Test
    void without_spring_mail_host_nothing_is_sent() {
        AccountMailer mailer = mailer("");
        assertThat(mailer.enabled()).isFalse();
        assertThat(mailer.send(List.of(new AccountMailer.Credential("A", "a@example.edu.vn", "a", "p")))).isZero();
        assertThat(sent).isEmpty();
    }
}
