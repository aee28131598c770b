package vn.hoinghi.assembly;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;

/** In-app reminders and escalations. Each is sent once, whatever restarts or re-fired timers do. */
@Service
@Transactional
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    public record NotificationView(LocalDateTime createdAt, String messageKey, Object[] args, Long assemblyId) {
    }

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    /** Sends to a role in a school, or to the supervising body when bodyId is given. */
    public boolean send(String dedupeKey, Long schoolId, Long bodyId, Role recipient, Long assemblyId,
                        String messageKey, Object... args) {
        if (notifications.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        Notification n = new Notification();
        n.setSchoolId(bodyId == null ? schoolId : null);
        n.setSupervisingBodyId(bodyId);
        n.setRecipientRole(recipient.name());
        n.setAssemblyId(assemblyId);
        n.setMessageKey(messageKey);
        n.setMessageArgs(Arrays.stream(args).map(String::valueOf).collect(Collectors.joining("\u001f")));
        n.setDedupeKey(dedupeKey);
        n.setCreatedAt(vn.hoinghi.shared.VietnamTime.now());
        notifications.save(n);
        // in the same transaction, so whatever listens (the e-mail outbox) is saved, or not, with it
        events.publishEvent(new NotificationSent(dedupeKey, n.getSchoolId(), bodyId, recipient, assemblyId, messageKey,
                Arrays.stream(args).map(String::valueOf).toList()));
        log.info("Notification {} to {} of school {} / body {}", messageKey, recipient, schoolId, bodyId);
        return true;
    }

    /** The newest notifications addressed to the signed-in person's roles. */
    @Transactional(readOnly = true)
    public List<NotificationView> mine() {
        AppUser user = CurrentUser.require();
        List<Notification> found;
        if (user.schoolId() != null) {
            found = notifications.findTop20BySchoolIdAndRecipientRoleInOrderByCreatedAtDesc(user.schoolId(),
                    user.roles().stream().map(Role::name).toList());
        } else if (user.supervisingBodyId() != null) {
            found = notifications.findTop20BySupervisingBodyIdOrderByCreatedAtDesc(user.supervisingBodyId());
        } else {
            found = List.of();
        }
        return found.stream().map(n -> new NotificationView(n.getCreatedAt(), n.getMessageKey(),
                n.getMessageArgs() == null || n.getMessageArgs().isEmpty() ? new Object[0]
                        : n.getMessageArgs().split("\u001f"), n.getAssemblyId())).toList();
    }
}
