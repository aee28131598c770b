package vn.hoinghi.assembly;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A department an assembly counts (or explicitly leaves out) at its group meetings. */
@Entity
public class AssemblyDepartment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    private Long departmentId;
    @Enumerated(EnumType.STRING)
    private DepartmentStatus status;
    private String note;
    private String decidedBy;
    private LocalDateTime decidedAt;

    protected AssemblyDepartment() {
    }

    AssemblyDepartment(long assemblyId, long departmentId, DepartmentStatus status, String note, String decidedBy) {
        this.assemblyId = assemblyId;
        this.departmentId = departmentId;
        this.status = status;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = vn.hoinghi.shared.VietnamTime.now();
    }

    public Long getAssemblyId() {
        return assemblyId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public DepartmentStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    void leaveOut(String reason, String by) {
        this.status = DepartmentStatus.LEFT_OUT;
        this.note = reason;
        this.decidedBy = by;
        this.decidedAt = vn.hoinghi.shared.VietnamTime.now();
    }
}
