package vn.hoinghi.school;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the search and sort keys of people saved before those columns existed. SQL cannot strip Vietnamese
 * diacritics portably, so the migration leaves them empty and this does it once, at start-up.
 */
@Component
class StaffKeys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffKeys.class);

    private final StaffRepository staff;

    StaffKeys(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Staff> missing = staff.findBySearchKeyIsNull();
        missing.forEach(Staff::computeKeys);
        if (!missing.isEmpty()) {
            log.info("Search keys filled in for {} people", missing.size());
        }
    }
}
