package vn.hoinghi.audit;

import java.time.LocalDateTime;

/**
 * One line of the record. {@code actorUsername} is null for what the engine did by itself (a timer);
 * {@code at} is the server's time in Vietnam.
 */
public record AuditEntry(long id, AuditAction action, String actorUsername, String actorName, LocalDateTime at,
                         String taskId, String taskName, String detail) {

    public boolean bySystem() {
        return actorUsername == null;
    }
}
