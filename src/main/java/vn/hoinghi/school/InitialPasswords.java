package vn.hoinghi.school;

import java.security.SecureRandom;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.hoinghi.security.PasswordHashes;

/**
 * Initial and reset passwords: random, shown once, and replaced at the first sign-in (must_change_password).
 * 12 random characters from 56 are about 70 bits, far beyond guessing even with a fast hash, so they are hashed
 * with {@link PasswordHashes#initial()}; the password a person chooses goes through bcrypt.
 */
@Component
class InitialPasswords {

    static final int LENGTH = 12;
    private static final String CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder encoder = PasswordHashes.initial();

    String generate() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return sb.toString();
    }

    /** In the DelegatingPasswordEncoder's format, so sign-in checks it like any other hash. */
    String hash(String password) {
        return "{" + PasswordHashes.INITIAL_ID + "}" + encoder.encode(password);
    }
}
