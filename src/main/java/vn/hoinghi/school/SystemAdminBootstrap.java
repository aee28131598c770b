package vn.hoinghi.school;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone must be able to sign in to a new province: when the database holds no system administrator
 * after the loaders ran (a database without the demo), exactly one is created from HOINGHI_ADMIN_USERNAME
 * and HOINGHI_ADMIN_PASSWORD, or, with no password given, with a one-time password written to the log
 * this once. Either way it must be changed at the first sign-in.
 */
@Component
class SystemAdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SystemAdminBootstrap.class);

    private final SystemAdminRepository admins;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final InitialPasswords passwords;
    private final String username;
    private final String password;

    SystemAdminBootstrap(SystemAdminRepository admins, Accounts accounts, PasswordEncoder encoder,
                         InitialPasswords passwords, @Value("${hoinghi.admin.username:admin}") String username,
                         @Value("${hoinghi.admin.password:}") String password) {
        this.admins = admins;
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = passwords;
        this.username = username == null || username.isBlank() ? "admin" : username.strip();
        this.password = password;
    }

    /** After the start-up loaders (ApplicationRunners), so a demo database keeps only its demo administrator. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void createFirstAdministrator() {
        if (admins.count() > 0) {
            return;
        }
        if (accounts.taken(username)) {
            log.error("No system administrator was created: the username '{}' belongs to another account; "
                    + "set HOINGHI_ADMIN_USERNAME to a free one", username);
            return;
        }
        boolean given = password != null && !password.isBlank();
        String initial = given ? password : passwords.generate();
        SystemAdmin admin = new SystemAdmin(username, "Quản trị hệ thống", encoder.encode(initial));
        admin.setMustChangePassword(true);
        admins.save(admin);
        if (given) {
            log.warn("System administrator '{}' created with the password of HOINGHI_ADMIN_PASSWORD; "
                    + "it must be changed at the first sign-in", username);
        } else {
            log.warn("System administrator '{}' created with the one-time password {} (shown this once); "
                    + "it must be changed at the first sign-in", username, initial);
        }
    }
}
