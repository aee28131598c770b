package vn.hoinghi.school;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An office or unit of a supervising body (Phòng GD&ĐT, Văn phòng…), whose officers share its duties. */
@Entity
@Table(name = "body_unit")
class BodyUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long supervisingBodyId;
    String name;
    int position;

    protected BodyUnit() {
    }

    BodyUnit(long supervisingBodyId, String name, int position) {
        this.supervisingBodyId = supervisingBodyId;
        this.name = name;
        this.position = position;
    }
}
