package vn.hoinghi.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

// Package-private: other features go through WorkingDayCalendar.
interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    boolean existsByDay(LocalDate day);

    List<Holiday> findAllByOrderByDayDesc();
}
