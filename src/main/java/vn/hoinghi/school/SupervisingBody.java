package vn.hoinghi.school;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A commune's People's Committee, the provincial Department or another body that supervises schools. */
@Entity
public class SupervisingBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private BodyKind kind;
    /** The province's own code for the body, optional; a schools file may name the body by it. */
    private String code;
    /** The body above this one (a commune's committee under the province), if recorded. */
    private Long parentId;
    /** A closed body keeps its history; its officers cannot sign in and it takes no schools. */
    private boolean active = true;

    protected SupervisingBody() {
    }

    public SupervisingBody(String name, BodyKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isActive() {
        return active;
    }

    void update(String name, BodyKind kind, String code, Long parentId) {
        this.name = name;
        this.kind = kind;
        this.code = code;
        this.parentId = parentId;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
