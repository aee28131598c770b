package vn.hoinghi.security;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * The app's password hashes. A password a person chooses: bcrypt, cost 10. An initial or reset password (random,
 * about 70 bits, shown once and replaced at the first sign-in): PBKDF2-SHA256 at 1,000 iterations, because a slow
 * hash only protects guessable passwords, and bcrypt even at its lowest cost was 80% of a 10,000-person roster's
 * import. The iterations are part of the id: hashes already stored must keep matching if they ever change.
 */
public final class PasswordHashes {

    public static final String INITIAL_ID = "pbkdf2-sha256-1000";

    private PasswordHashes() {
    }

    /** Encodes without the {id} prefix; {@link #INITIAL_ID} names it in the stored hash. */
    public static PasswordEncoder initial() {
        return new Pbkdf2PasswordEncoder("", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    /** bcrypt for new hashes; matches the initial hashes and, through Spring's defaults, every other {id}. */
    public static PasswordEncoder delegating() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(), INITIAL_ID, initial()));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
