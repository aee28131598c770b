/**
 * What a province's monitoring reads: Micrometer metrics in Prometheus format on a management port that is off by
 * default and asks for credentials when on; the engine's job and timer figures beside Spring Boot's request,
 * database pool and session metrics.
 */
@ApplicationModule(displayName = "Monitoring", allowedDependencies = {})
package vn.hoinghi.monitoring;

import org.springframework.modulith.ApplicationModule;
