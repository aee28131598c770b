package vn.hoinghi.school;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.BodyRole;
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

    /** An office or unit of the body. */
    public record Unit(long id, String name) {
    }

    /** An officer's place in the body: their unit (null: none) and role. */
    public record Placed(String username, String fullName, long bodyId, Long unitId, BodyRole role) {
    }

    private final SupervisingBodyRepository bodies;
    private final ProvinceQueries officers;
    private final BodyUnitRepository units;
    private final SupervisorAccountRepository accounts;

    BodyDirectory(SupervisingBodyRepository bodies, ProvinceQueries officers, BodyUnitRepository units,
                  SupervisorAccountRepository accounts) {
        this.bodies = bodies;
        this.officers = officers;
        this.units = units;
        this.accounts = accounts;
    }

    public List<Unit> units(long bodyId) {
        return units.findBySupervisingBodyIdOrderByPositionAscIdAsc(bodyId).stream()
                .map(u -> new Unit(u.id, u.name)).toList();
    }

    /** The body's unit of that name, compared without regard to case or surrounding spaces. */
    public java.util.Optional<Unit> unitNamed(long bodyId, String name) {
        String n = name == null ? "" : name.strip();
        return units(bodyId).stream().filter(u -> u.name().equalsIgnoreCase(n)).findFirst();
    }

    /** An active officer's place in their body, or empty for anyone else. */
    public java.util.Optional<Placed> placed(String username) {
        return accounts.findByUsername(username).filter(AccountBase::isActive).map(o -> new Placed(o.getUsername(),
                o.getFullName(), o.getSupervisingBodyId(), o.getUnitId(), o.getBodyRole()));
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
