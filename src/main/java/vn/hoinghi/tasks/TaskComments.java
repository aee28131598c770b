package vn.hoinghi.tasks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.FollowedTasks.Followed;
import vn.hoinghi.tasks.FollowedTasks.Place;

/**
 * The comment threads: one on every task, one on every process (the assembly page's). Whoever may open the task
 * (or belongs to the process's school or body) reads and writes; "@username" notifies that colleague.
 */
@Service
@Transactional
public class TaskComments {

    public static final int MAX_LENGTH = 2000;
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9._-]+)");

    /** A comment as a thread shows it; mentions maps each @username in the text to the person's name. */
    public record CommentView(long id, String authorName, LocalDateTime at, String text, Map<String, String> mentions,
                              String taskName) {
    }

    /** Someone to mention: the name shown and the username written after "@". */
    public record Colleague(String username, String fullName) {
    }

    private final TaskCommentRepository comments;
    private final FollowedTasks followed;
    private final SchoolDirectory directory;
    private final Notices notices;

    TaskComments(TaskCommentRepository comments, FollowedTasks followed, SchoolDirectory directory, Notices notices) {
        this.comments = comments;
        this.followed = followed;
        this.directory = directory;
        this.notices = notices;
    }

    @Transactional(readOnly = true)
    public List<CommentView> onTask(String taskId) {
        followed.follow(taskId);
        return views(comments.findByTaskIdOrderByCreatedAtAscIdAsc(taskId));
    }

    @Transactional(readOnly = true)
    public List<CommentView> onProcess(String processInstanceId) {
        followed.place(processInstanceId);
        return views(comments.findByProcessInstanceIdAndTaskIdIsNullOrderByCreatedAtAscIdAsc(processInstanceId));
    }

    /** Comments on the task; each colleague mentioned is notified, with a link to the task. */
    public CommentView addToTask(String taskId, String text) {
        Followed f = followed.follow(taskId);
        String body = checked(text);
        TaskComment c = save(new TaskComment(taskId, f.task().name(), f.task().processInstanceId(), f.schoolId(),
                f.bodyId(), me().getUsername(), me().fullName(), body, VietnamTime.now()));
        notifyMentions(c, f.schoolId(), f.bodyId(), taskId, "task/" + taskId, f.task().name());
        return views(List.of(c)).get(0);
    }

    /** Comments on the process itself; link is the page mentioned colleagues are sent to (the assembly page). */
    public CommentView addToProcess(String processInstanceId, String link, String label, String text) {
        Place p = followed.place(processInstanceId);
        String body = checked(text);
        TaskComment c = save(new TaskComment(null, null, processInstanceId, p.schoolId(), p.bodyId(),
                me().getUsername(), me().fullName(), body, VietnamTime.now()));
        notifyMentions(c, p.schoolId(), p.bodyId(), null, link, label);
        return views(List.of(c)).get(0);
    }

    /** The people of the school (and its body's officers) one can mention in a task's or process's thread. */
    @Transactional(readOnly = true)
    public List<Colleague> colleaguesForTask(String taskId) {
        Followed f = followed.follow(taskId);
        return colleagues(f.schoolId(), f.bodyId());
    }

    @Transactional(readOnly = true)
    public List<Colleague> colleaguesForProcess(String processInstanceId) {
        Place p = followed.place(processInstanceId);
        return colleagues(p.schoolId(), p.bodyId());
    }

    private List<Colleague> colleagues(Long schoolId, Long bodyId) {
        List<Colleague> out = new ArrayList<>();
        if (schoolId != null) {
            for (StaffInfo s : directory.activeStaff(schoolId)) {
                if (s.username() != null) {
                    out.add(new Colleague(s.username(), s.fullName()));
                }
            }
        }
        if (bodyId != null) {
            List<String> officers = directory.officerUsernames(bodyId);
            directory.displayNames(officers).forEach((u, n) -> out.add(new Colleague(u, n)));
        }
        return out;
    }

    private String checked(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw BusinessRuleException.onField("text", "comment.required");
        }
        if (body.length() > MAX_LENGTH) {
            throw BusinessRuleException.onField("text", "comment.tooLong", MAX_LENGTH, body.length());
        }
        return body;
    }

    private TaskComment save(TaskComment c) {
        return comments.save(c);
    }

    private void notifyMentions(TaskComment c, Long schoolId, Long bodyId, String taskId, String link, String label) {
        Set<String> allowed = new LinkedHashSet<>();
        colleagues(schoolId, bodyId).forEach(p -> allowed.add(p.username()));
        for (String username : mentioned(c.getText())) {
            // only people of the thread's school or body, and never oneself
            if (allowed.contains(username) && !username.equals(c.getAuthor())) {
                notices.notify(username, NoticeKind.MENTION, taskId, link, "mention:" + c.getId() + ":" + username,
                        "notice.mention", List.of(c.getAuthorName(), label == null ? "" : label));
            }
        }
    }

    static Set<String> mentioned(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private List<CommentView> views(List<TaskComment> found) {
        Set<String> usernames = new LinkedHashSet<>();
        found.forEach(c -> usernames.addAll(mentioned(c.getText())));
        Map<String, String> names = usernames.isEmpty() ? Map.of() : directory.displayNames(usernames);
        return found.stream().map(c -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            mentioned(c.getText()).forEach(u -> {
                if (names.containsKey(u) && !names.get(u).equals(u)) {
                    m.put(u, names.get(u));
                }
            });
            return new CommentView(c.getId(), c.getAuthorName(), c.getCreatedAt(), c.getText(), m, c.getTaskName());
        }).toList();
    }

    private static AppUser me() {
        return CurrentUser.require();
    }
}
