package vn.hoinghi.tasks;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named inbox filter; a shared one is seen by everyone of the owner's school (or body). */
@Entity
@Table(name = "task_filter")
class SavedTaskFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String owner;
    private Long schoolId;
    private Long bodyId;
    private boolean shared;
    @Enumerated(EnumType.STRING)
    private TaskFilter.Scope scope;
    @Enumerated(EnumType.STRING)
    private TaskFilter.Due due;
    private String processKey;
    private String stageId;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private TaskFilter.Sort sort;
    private String search;
    private LocalDateTime createdAt;

    protected SavedTaskFilter() {
        // for JPA
    }

    SavedTaskFilter(String name, String owner, Long schoolId, Long bodyId, LocalDateTime createdAt) {
        this.name = name;
        this.owner = owner;
        this.schoolId = schoolId;
        this.bodyId = bodyId;
        this.createdAt = createdAt;
    }

    void apply(TaskFilter f, boolean shared) {
        this.shared = shared;
        scope = f.scope();
        due = f.due();
        processKey = f.processKey();
        stageId = f.stageId();
        processInstanceId = f.processInstanceId();
        sort = f.sort();
        search = f.search();
    }

    TaskFilter filter() {
        return new TaskFilter(scope, due, processKey, stageId, processInstanceId, sort, search);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getOwner() {
        return owner;
    }

    boolean isShared() {
        return shared;
    }
}
