package vn.hoinghi.school;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.shared.BusinessRuleException;

/** What the assembly writes back to the school: the inspection board's new two-year term (Art. 60(3)). */
@Service
@Transactional
public class SchoolRecords {

    public static final int BOARD_TERM_YEARS = 2;

    private final SchoolRepository schools;

    SchoolRecords(SchoolRepository schools) {
        this.schools = schools;
    }

    public void recordBoardElected(long schoolId, LocalDate electedOn) {
        School s = schools.findById(schoolId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        s.setBoardTerm(electedOn, electedOn.plusYears(BOARD_TERM_YEARS));
    }
}
