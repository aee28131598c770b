package vn.hoinghi.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given in a body's register in one calendar year (Decree 30/2020 Art. 15). */
@Entity
@Table(name = "body_register")
class BodyRegister {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long supervisingBodyId;
    int issueYear;
    int lastNumber;

    protected BodyRegister() {
    }

    BodyRegister(long bodyId, int issueYear) {
        this.supervisingBodyId = bodyId;
        this.issueYear = issueYear;
    }

    int next() {
        return ++lastNumber;
    }
}
