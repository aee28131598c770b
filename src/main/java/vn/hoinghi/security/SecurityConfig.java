package vn.hoinghi.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import vn.hoinghi.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Where Vaadin serves the files a page hands out (downloads, previews). */
    static final String OWN_FILES = "/VAADIN/dynamic/resource/**";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountStamps stamps) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**").permitAll());
        // After the session's context is loaded, before anything decides on access.
        http.addFilterAfter(new SessionFollowsAccount(stamps), SecurityContextHolderFilter.class);
        // Pages may not be framed by anyone, but the app's own files (a PDF preview) may be framed by the app itself.
        RequestMatcher ownFiles = PathPatternRequestMatcher.withDefaults().matcher(OWN_FILES);
        http.headers(h -> h.frameOptions(f -> f.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(ownFiles,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(ownFiles,
                        new StaticHeadersWriter("Content-Security-Policy", "frame-ancestors 'self'")))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(ownFiles),
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY))));
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {id}-prefixed hashes: upgradable later without resetting everyone's password
        return PasswordHashes.delegating();
    }
}
