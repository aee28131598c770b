package vn.hoinghi.school;

import java.time.LocalDate;

/** A school now belongs to another supervising body (published inside the move's transaction). */
public record SchoolMoved(long schoolId, long fromBodyId, long toBodyId, LocalDate on) {
}
