package vn.hoinghi.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.hoinghi.security.LoginPolicy;
import vn.hoinghi.security.PasswordHashes;

/** Password rules, lock-out counting and initial passwords, without a Spring context. */
class AccountRulesTest {

    @Test
    void a_chosen_password_has_8_characters_is_typed_twice_and_is_neither_the_username_nor_the_old_one() {
        assertThatThrownBy(() -> AccountService.checkRules("hantt", "old-pass", "short7!", "short7!"))
                .hasMessage("password.tooShort");
        assertThatThrownBy(() -> AccountService.checkRules("hantt", "old-pass", "longer-one", "longer-0ne"))
                .hasMessage("password.mismatch");
        assertThatThrownBy(() -> AccountService.checkRules("hanguyen", "old-pass", "HaNguyen", "HaNguyen"))
                .hasMessage("password.sameAsUsername");
        assertThatThrownBy(() -> AccountService.checkRules("hantt", "old-pass", "old-pass", "old-pass"))
                .hasMessage("password.sameAsOld");
        assertThatCode(() -> AccountService.checkRules("hantt", "old-pass", "8charsOK", "8charsOK"))
                .doesNotThrowAnyException();
    }

    @Test
    void wrong_passwords_past_the_first_three_make_sign_in_wait_longer_each_time_up_to_fifteen_minutes() {
        Staff s = new Staff(1L, "GV1", "Nguyễn Văn A", Position.GV, null, "anv", "x");
        LocalDateTime t = LocalDateTime.of(2025, 9, 22, 8, 0);
        for (int i = 0; i < LoginPolicy.FREE_FAILURES; i++) {
            assertThat(s.lock().recordFailure(t)).isFalse();
        }
        assertThat(s.isLockedAt(t)).isFalse();
        assertThat(s.lock().recordFailure(t)).isTrue();
        assertThat(s.isLockedAt(t.plusSeconds(14))).isTrue();
        assertThat(s.isLockedAt(t.plusSeconds(15))).isFalse();
        s.lock().recordFailure(t);
        assertThat(s.isLockedAt(t.plusSeconds(29))).isTrue();
        assertThat(s.isLockedAt(t.plusSeconds(30))).isFalse();
        assertThat(LoginPolicy.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginPolicy.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginPolicy.delayAfter(1000)).isEqualTo(Duration.ofMinutes(15));
        // a right password (or the administrator) clears the count
        s.unlock();
        assertThat(s.getFailedLogins()).isZero();
        assertThat(s.isLockedAt(t)).isFalse();
    }

    @Test
    void officers_and_the_system_administrator_wait_by_the_same_rule_as_staff() {
        LocalDateTime t = LocalDateTime.of(2025, 9, 22, 8, 0);
        for (AccountBase account : new AccountBase[]{new SupervisorAccount(1L, "cv", "Đinh Thị P", "x"),
                new SystemAdmin("admin", "Quản trị hệ thống", "x")}) {
            for (int i = 0; i < 5; i++) {
                account.lock().recordFailure(t);
            }
            assertThat(account.isLockedAt(t.plusSeconds(29))).isTrue();
            assertThat(account.isLockedAt(t.plus(LoginPolicy.delayAfter(5)))).isFalse();
        }
    }

    @Test
    void a_password_is_limited_in_bytes_as_bcrypt_reads_them() {
        String vietnamese = "Tiếng Việt có dấu rất đẹp đẽ ư".repeat(2); // 60 letters, 92 bytes in UTF-8
        assertThat(LoginPolicy.passwordBytes(vietnamese)).isGreaterThan(LoginPolicy.MAX_PASSWORD_BYTES);
        assertThatThrownBy(() -> AccountService.checkRules("hantt", "old-pass", vietnamese, vietnamese))
                .hasMessage("password.tooLong");
        String edge = "a".repeat(LoginPolicy.MAX_PASSWORD_BYTES);
        assertThatCode(() -> AccountService.checkRules("hantt", "old-pass", edge, edge)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccountService.checkRules("hantt", "old-pass", edge + "a", edge + "a"))
                .hasMessage("password.tooLong");
    }

    @Test
    void an_initial_password_is_random_and_checks_against_the_apps_encoder_as_do_older_hashes() {
        InitialPasswords passwords = new InitialPasswords();
        String a = passwords.generate();
        assertThat(a).hasSize(12).matches("[A-Za-z2-9]+").isNotEqualTo(passwords.generate());
        String hash = passwords.hash(a);
        assertThat(hash).startsWith("{pbkdf2-sha256-1000}").isNotEqualTo(passwords.hash(a));
        PasswordEncoder app = PasswordHashes.delegating();
        assertThat(app.matches(a, hash)).isTrue();
        assertThat(app.matches(a + "x", hash)).isFalse();
        // initial passwords issued before were bcrypt at cost 4; the demo's fixtures are {noop}
        assertThat(app.matches(a, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(a))).isTrue();
        assertThat(app.matches("hoinghi2023", "{noop}hoinghi2023")).isTrue();
        assertThat(app.encode(a)).startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void search_and_sort_keys_ignore_diacritics_and_put_the_given_name_first() {
        assertThat(Staff.searchKeyOf("Đặng Thị Ánh", "GV01", "anhdt")).isEqualTo("dang thi anh gv01 anhdt");
        assertThat(Staff.sortKeyOf("Đặng  Thị Ánh")).isEqualTo("anh dang thi anh");
        assertThat(SchoolAdminService.searchPattern("Thị_Á%")).isEqualTo("%thi!_a!%%");
    }
}
