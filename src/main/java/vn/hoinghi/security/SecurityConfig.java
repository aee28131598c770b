package vn.hoinghi.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import vn.hoinghi.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountStamps stamps) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**").permitAll());
        // After the session's context is loaded, before anything decides on access.
        http.addFilterAfter(new SessionFollowsAccount(stamps), SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and upgradable later without resetting everyone's password
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
