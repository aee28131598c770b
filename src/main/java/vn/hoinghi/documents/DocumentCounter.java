package vn.hoinghi.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The last number given in a school's register in one calendar year (Decree 30/2020 Art. 15). */
@Entity
class DocumentCounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long schoolId;
    private int issueYear;
    private int lastNumber;

    protected DocumentCounter() {
    }

    DocumentCounter(long schoolId, int issueYear) {
        this.schoolId = schoolId;
        this.issueYear = issueYear;
    }

    int next() {
        lastNumber++;
        return lastNumber;
    }
}
