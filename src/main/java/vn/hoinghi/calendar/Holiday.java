package vn.hoinghi.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One calendar fact: a weekday off, or a Saturday worked in exchange. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // DAY is a reserved word in H2 2.x, so the column is quoted here and in V2__holidays.sql.
    @Column(name = "\"day\"", nullable = false, unique = true)
    private LocalDate day;

    // The column is a plain varchar; without this Hibernate may expect a native enum type on H2.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private HolidayKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String source;

    protected Holiday() {
        // for JPA
    }

    public Holiday(LocalDate day, HolidayKind kind, String name, String source) {
        this.day = Objects.requireNonNull(day, "day");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }

    @Override
    public String toString() {
        return "Holiday[" + day + " " + kind + " " + name + "]";
    }
}
