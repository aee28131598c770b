package vn.hoinghi.assembly;

import java.util.List;

import vn.hoinghi.security.Role;

/**
 * Published once when a notification is first stored (never for a duplicate), inside the sending
 * transaction. schoolId is null when the notification goes to the supervising body (bodyId).
 */
public record NotificationSent(String dedupeKey, Long schoolId, Long bodyId, Role recipient, Long assemblyId,
                               String messageKey, List<String> args) {
}
