package vn.hoinghi.monitoring;

import java.util.List;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.ManagementService;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The async executor's work as the engine reports it: jobs executed and failed, jobs moved to the dead-letter
 * queue and timers fired (counted from the engine's events, so nothing is polled), and the jobs waiting and
 * dead-lettered right now (counted in the database when scraped).
 */
@Configuration
class EngineMetrics {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> engineEventCounters(MeterRegistry registry) {
        Counter executed = Counter.builder("hoinghi.engine.jobs.executed").description("Jobs the engine executed")
                .register(registry);
        Counter failed = Counter.builder("hoinghi.engine.jobs.failed")
                .description("Job executions that failed (retried until the retries run out)").register(registry);
        Counter deadLettered = Counter.builder("hoinghi.engine.jobs.dead.lettered")
                .description("Jobs moved to the dead-letter queue: they need a person to look at them")
                .register(registry);
        Counter timers = Counter.builder("hoinghi.engine.timers.fired").description("Timers that fired")
                .register(registry);
        FlowableEventListener listener = new FlowableEventListener() {
            @Override
            public void onEvent(FlowableEvent event) {
                if (event.getType() == FlowableEngineEventType.JOB_EXECUTION_SUCCESS) {
                    executed.increment();
                } else if (event.getType() == FlowableEngineEventType.JOB_EXECUTION_FAILURE) {
                    failed.increment();
                } else if (event.getType() == FlowableEngineEventType.JOB_MOVED_TO_DEADLETTER) {
                    deadLettered.increment();
                } else if (event.getType() == FlowableEngineEventType.TIMER_FIRED) {
                    timers.increment();
                }
            }

            @Override
            public boolean isFailOnException() {
                return false;
            }

            @Override
            public boolean isFireOnTransactionLifecycleEvent() {
                return false;
            }

            @Override
            public String getOnTransaction() {
                return null;
            }
        };
        return configuration -> {
            List<FlowableEventListener> listeners = configuration.getEventListeners() == null
                    ? new java.util.ArrayList<>() : new java.util.ArrayList<>(configuration.getEventListeners());
            listeners.add(listener);
            configuration.setEventListeners(listeners);
        };
    }

    @Bean
    MeterBinder engineQueueGauges(ObjectProvider<ManagementService> management) {
        return registry -> {
            Gauge.builder("hoinghi.engine.jobs.waiting", () -> management.getObject().createJobQuery().count())
                    .description("Async jobs waiting to be executed").register(registry);
            Gauge.builder("hoinghi.engine.jobs.dead.letter",
                            () -> management.getObject().createDeadLetterJobQuery().count())
                    .description("Jobs in the dead-letter queue now").register(registry);
            Gauge.builder("hoinghi.engine.timers.scheduled",
                            () -> management.getObject().createTimerJobQuery().count())
                    .description("Timers scheduled").register(registry);
        };
    }
}
