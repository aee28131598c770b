package vn.hoinghi.documents;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.shared.BusinessRuleException;

/**
 * The school's register of numbers: one sequence per school per calendar year, from 1 on 1 January
 * (Decree 30/2020 Art. 15). The counter row is locked while a number is taken, so two people signing at once
 * get different numbers; a number once given is never given again.
 */
@Component
class DocumentNumbering {

    private final DocumentCounterRepository counters;

    DocumentNumbering(DocumentCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long schoolId, int year) {
        DocumentCounter counter = counters.findBySchoolIdAndIssueYear(schoolId, year).orElseGet(() -> {
            try {
                return counters.saveAndFlush(new DocumentCounter(schoolId, year));
            } catch (DataIntegrityViolationException e) {
                // Someone opened the year's register at the same moment: ask to sign again.
                throw new BusinessRuleException("documents.sign.busy");
            }
        });
        return counter.next();
    }
}
