package vn.hoinghi.security;

import java.time.Duration;

/** The sign-in rules: lock-out after repeated wrong passwords, and what a chosen password must be. */
public final class LoginPolicy {

    /** Wrong passwords in a row that cost nothing; each further one makes the next try wait (LoginLock). */
    public static final int FREE_FAILURES = 3;
    /** The wait after the first wrong password past the free ones; it doubles with each further one. */
    public static final Duration FIRST_DELAY = Duration.ofSeconds(15);
    /** The longest wait: a stranger hammering the principal's account on plenary day holds it at most this long. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** How long sign-in waits after this many wrong passwords in a row: 0, 0, 0, 15 s, 30 s, 1 min… 15 min. */
    public static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 16);
        Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads 72 bytes at most: about 30 Vietnamese letters with diacritics, 72 plain ones (UTF-8). */
    public static final int MAX_PASSWORD_BYTES = 72;
    /** The route of the change-password page, where a person with an initial password is sent. */
    public static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private LoginPolicy() {
    }

    /** The password's length as bcrypt counts it: bytes of UTF-8. */
    public static int passwordBytes(String password) {
        return password == null ? 0 : password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
