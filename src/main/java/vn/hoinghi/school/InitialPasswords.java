package vn.hoinghi.school;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Initial and reset passwords: random, shown once, and replaced at the first sign-in (must_change_password).
 * They are hashed with bcrypt at a lower cost than chosen passwords: 12 random characters from 56 are about
 * 70 bits, far beyond guessing at any bcrypt cost, while a cost of 10 would make a 10,000-person roster take
 * over ten minutes to import. The password a person chooses goes through the normal encoder (bcrypt, cost 10).
 */
@Component
class InitialPasswords {

    static final int LENGTH = 12;
    private static final String CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int INITIAL_COST = 4;

    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(INITIAL_COST, random);

    String generate() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return sb.toString();
    }

    /** In the DelegatingPasswordEncoder's format, so sign-in checks it like any other bcrypt hash. */
    String hash(String password) {
        return "{bcrypt}" + encoder.encode(password);
    }
}
