package vn.hoinghi.monitoring;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's paths ask for the monitoring account by HTTP basic authentication, never a session: a scraper is
 * not a person, and the staff's accounts have no business there. With the management port on and no password
 * configured the app refuses to start rather than serve metrics to anyone.
 */
@Configuration
class MetricsSecurity {

    static final String ROLE = "METRICS";

    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, PasswordEncoder encoder,
                                           @Value("${management.server.port:-1}") int port,
                                           @Value("${hoinghi.metrics.username}") String username,
                                           @Value("${hoinghi.metrics.password}") String password) throws Exception {
        if (port >= 0 && password.isBlank()) {
            throw new IllegalStateException("HOINGHI_METRICS_PORT is set but HOINGHI_METRICS_PASSWORD is not: "
                    + "set a password for the monitoring account, or leave the metrics off");
        }
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (!password.isBlank()) {
            users.createUser(User.withUsername(username).password(encoder.encode(password)).roles(ROLE).build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(ROLE))
                // the status set directly: sendError would forward to /error, which the app's chain sends to the login page
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"hoinghi-metrics\"");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .exceptionHandling(x -> x.accessDeniedHandler((request, response, e) ->
                        response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .authenticationManager(new ProviderManager(provider))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }
}
