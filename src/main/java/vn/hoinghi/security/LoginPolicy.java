package vn.hoinghi.security;

import java.time.Duration;

/** The sign-in rules: lock-out after repeated wrong passwords, and what a chosen password must be. */
public final class LoginPolicy {

    /** Wrong passwords in a row before the account is locked. */
    public static final int MAX_FAILURES = 5;
    /** How long the lock lasts; the administrator can lift it sooner. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** The route of the change-password page, where a person with an initial password is sent. */
    public static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private LoginPolicy() {
    }
}
