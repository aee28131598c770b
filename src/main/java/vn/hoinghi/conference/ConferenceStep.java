package vn.hoinghi.conference;

import vn.hoinghi.tasks.ProcessStep;

/** The user tasks of bpmn/year-end-conference.bpmn20.xml; BpmnModelTest checks the BPMN against them. */
public enum ConferenceStep implements ProcessStep {
    DRAFT_PLAN("draftPlan", "conference-draft-plan"),
    APPROVE_PLAN("approvePlan", "conference-approve-plan"),
    UNIT_ASSIGNMENT("unitAssignment", "conference-assignment"),
    ISSUE_INVITATIONS("issueInvitations", "conference-invitations"),
    BRIDGE_POINT_READINESS("bridgePointReadiness", "conference-bridge-readiness"),
    NOMINATE_CANDIDATES("nominateCandidates", "conference-nominate"),
    LATE_NOMINATION("lateNomination", "conference-late-nomination"),
    CONSOLIDATE_AWARDS("consolidateAwards", "conference-consolidate-awards"),
    SIGN_AWARD_DECISION("signAwardDecision", "conference-award-decision"),
    CONFERENCE_DAY("conferenceDay", "conference-day"),
    CONFERENCE_SUMMARY("conferenceSummary", "conference-summary");

    /** The BPMN process id of year-end-conference.bpmn20.xml. */
    public static final String PROCESS_KEY = "yearEndConference";

    private final String taskId;
    private final String formKey;

    ConferenceStep(String taskId, String formKey) {
        this.taskId = taskId;
        this.formKey = formKey;
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public String taskId() {
        return taskId;
    }

    @Override
    public String formKey() {
        return formKey;
    }
}
