package vn.hoinghi.school;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.shared.BusinessRuleException;

/** A supervising body and its active officer accounts, as records, for the body's own processes. */
@Component
@Transactional(readOnly = true)
public class BodyDirectory {

    public record BodyInfo(long id, String name, BodyKind kind, String code) {
    }

    /** An officer who can be given a task: the account's username and the person's name. */
    public record Officer(String username, String fullName) {
    }

    private final SupervisingBodyRepository bodies;
    private final ProvinceQueries officers;

    BodyDirectory(SupervisingBodyRepository bodies, ProvinceQueries officers) {
        this.bodies = bodies;
        this.officers = officers;
    }

    public BodyInfo body(long bodyId) {
        SupervisingBody b = bodies.findById(bodyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        return new BodyInfo(b.getId(), b.getName(), b.getKind(), b.getCode());
    }

    public List<Officer> officers(long bodyId) {
        return officers.officersOf(bodyId).stream().filter(AccountBase::isActive)
                .map(o -> new Officer(o.getUsername(), o.getFullName())).toList();
    }
}
