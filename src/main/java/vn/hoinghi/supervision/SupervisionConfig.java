package vn.hoinghi.supervision;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The e-mail outbox's periodic sweep. */
@Configuration
@EnableScheduling
class SupervisionConfig {
}
