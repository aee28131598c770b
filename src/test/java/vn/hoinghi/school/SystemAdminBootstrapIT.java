package vn.hoinghi.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.Role;

/** The first start of a province without demo data: exactly one system administrator, who must change the password. */
class SystemAdminBootstrapIT {

    @Nested
    @SpringBootTest(properties = {"hoinghi.demo-data=false", "hoinghi.admin.username=sotinh",
            "hoinghi.admin.password=Khoi-dong-2025"})
    class WithThePasswordGiven {

        @Autowired SystemAdminRepository admins;
        @Autowired AccountDetailsService accounts;
        @Autowired PasswordEncoder encoder;
        @Autowired SystemAdminBootstrap bootstrap;
        @Autowired SchoolRepository schools;

        @Test
        void exactly_one_system_administrator_is_created_and_must_change_the_password_at_first_sign_in() {
            assertThat(schools.count()).isZero();
            assertThat(admins.findAll()).singleElement().satisfies(a -> assertThat(a.getUsername()).isEqualTo("sotinh"));
            AppUser admin = accounts.findUser("sotinh").orElseThrow();
            assertThat(admin.roles()).containsExactly(Role.SYSTEM_ADMIN);
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(encoder.matches("Khoi-dong-2025", admin.getPassword())).isTrue();

            // A second start finds one and creates none.
            bootstrap.createFirstAdministrator();
            assertThat(admins.count()).isEqualTo(1);
        }
    }

    @Nested
    @SpringBootTest(properties = {"hoinghi.demo-data=false", "hoinghi.admin.username=", "hoinghi.admin.password="})
    class WithoutAPassword {

        @Autowired SystemAdminRepository admins;
        @Autowired AccountDetailsService accounts;

        @Test
        void the_administrator_is_called_admin_and_gets_a_one_time_password_to_change() {
            assertThat(admins.findAll()).singleElement().satisfies(a -> {
                assertThat(a.getUsername()).isEqualTo("admin");
                assertThat(a.isMustChangePassword()).isTrue();
            });
            assertThat(accounts.findUser("admin").orElseThrow().mustChangePassword()).isTrue();
        }
    }
}
