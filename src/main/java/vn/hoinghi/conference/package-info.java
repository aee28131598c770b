/**
 * The supervising body's own year-end conference (Hội nghị tổng kết năm học): the plan with participants by
 * category, the programme, assignments to offices and units, award batches with the schools' nominations, online
 * bridge points, the award decision, the day and its summary, run as bpmn/year-end-conference.bpmn20.xml.
 */
@ApplicationModule(displayName = "Conference", allowedDependencies = {"audit", "audit :: ui", "documents :: render", "school", "security",
        "shared", "supervision", "tasks", "tasks :: spi", "tasks :: ui"})
package vn.hoinghi.conference;

import org.springframework.modulith.ApplicationModule;
