package vn.hoinghi.documents;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The school's register of numbers: one sequence per school per calendar year, from 1 on 1 January
 * (Decree 30/2020 Art. 15). The counter row is locked (select for update) while a number is taken, so two
 * people signing at once, on one app node or on two, get different numbers; a number once given is never
 * given again.
 */
@Component
class DocumentNumbering {

    private final DocumentCounterRepository counters;
    private final TransactionTemplate ownTransaction;

    DocumentNumbering(DocumentCounterRepository counters, PlatformTransactionManager transactions) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long schoolId, int year) {
        DocumentCounter counter = counters.findBySchoolIdAndIssueYear(schoolId, year).orElse(null);
        if (counter == null) {
            // The year's first number: open the register in a transaction of its own, so that when someone else
            // opens it at the same moment (the unique key refuses the second row) the signing goes on with theirs.
            try {
                ownTransaction.executeWithoutResult(s -> counters.saveAndFlush(new DocumentCounter(schoolId, year)));
            } catch (DataIntegrityViolationException e) {
                // opened meanwhile by the other signing
            }
            counter = counters.findBySchoolIdAndIssueYear(schoolId, year).orElseThrow();
        }
        return counter.next();
    }
}
