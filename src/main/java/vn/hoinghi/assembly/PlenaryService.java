package vn.hoinghi.assembly;

import static vn.hoinghi.assembly.FeedbackService.blank;
import static vn.hoinghi.assembly.FeedbackService.nonEmpty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.AssemblyRules.Tally;
import vn.hoinghi.assembly.FeedbackService.ItemView;
import vn.hoinghi.assembly.Inputs.DiscussionRow;
import vn.hoinghi.assembly.Inputs.VoteRow;
import vn.hoinghi.assembly.workflow.AssemblyVariables;
import vn.hoinghi.assembly.workflow.AssemblyTask;
import vn.hoinghi.assembly.workflow.AssemblyTasks;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.calendar.WorkingDayCalendar;
import vn.hoinghi.school.LocalPractice;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.BusinessRuleException;

/** The plenary: check-in and quorum, re-convening, the session and its votes, the board election, the ballot. */
@Service
@Transactional
public class PlenaryService {

    public record CheckInData(AssemblyTask task, Assembly assembly, int convocation, List<StaffInfo> staff) {
    }

    /**
     * The session as it stands: the votes of this sitting (empty until the first count is saved), the items
     * whose last round was not adopted, and the local practice the form checks (presidium, secretaries).
     */
    public record SessionData(AssemblyTask task, Assembly assembly, Meeting meeting, List<ItemView> answeredPoints,
                              List<Vote> votes, List<Vote> notAdopted, Optional<PlenaryRecord> record,
                              LocalPractice practice, String regulationsDraft, List<Meeting> earlierSittings) {

        public boolean counted() {
            return !votes.isEmpty();
        }

        public boolean resolutionAdopted() {
            return counted() && notAdopted.stream().noneMatch(v -> v.getSubject() == VoteSubject.RESOLUTION);
        }
    }

    /** What a count gave: the task is done when every item's last round was adopted, or when the sitting closes. */
    public record SessionOutcome(boolean completed, boolean resolutionAdopted, List<Vote> notAdopted) {
    }

    public record ContinuationData(AssemblyTask task, Assembly assembly, Meeting sitting, Optional<Vote> resolution,
                                   boolean writtenBallot) {
    }

    public record CandidateView(long staffId, String fullName, String departmentName) {
    }

    /** One candidate's votes in one round; tied ones go to a second round among themselves. */
    public record RoundVoteView(long staffId, String fullName, int votes, boolean elected, boolean tied) {
    }

    public record RoundView(ElectionRound round, List<RoundVoteView> votes) {
    }

    /**
     * The election as it stands: the rounds held, and the next one: its number, the seats still open, why it
     * is held (null for the first), and who is on its ballot unless changed (every nominee, the tied, the rest).
     */
    public record ElectionData(AssemblyTask task, Assembly assembly, int attending, List<CandidateView> candidates,
                               List<RoundView> rounds, int nextRound, int seatsOpen, ElectionRound.Outcome because,
                               List<CandidateView> onBallot, List<StaffInfo> nominable) {
    }

    /** A round's result; complete when the board is filled (or has its minimum), the task then done. */
    public record ElectionOutcome(ElectionRound.Outcome outcome, List<Tally> elected, List<Tally> tied,
                                 int seatsStillOpen) {
        public boolean complete() {
            return outcome == ElectionRound.Outcome.COMPLETE;
        }
    }

    public record BallotData(AssemblyTask task, Assembly assembly, int allStaff, List<Vote> rounds) {
    }

    private final AssemblyTasks access;
    private final AssemblyFacts facts;
    private final PreparationService preparation;
    private final FeedbackService feedback;
    private final MeetingRepository meetings;
    private final VoteRepository votes;
    private final PlenaryRecordRepository records;
    private final DiscussionEntryRepository discussion;
    private final BoardCandidateRepository candidates;
    private final BoardElectionRepository elections;
    private final SchoolDirectory directory;
    private final WorkingDayCalendar calendar;
    private final StageTracker stages;
    private final ElectionRoundRepository rounds;
    private final ElectionRoundVoteRepository roundVotes;
    private final AttendanceRepository attendance;
    private final AuditTrail audit;
    private final AppI18NProvider i18n;
    private final ResolutionReviews resolutionReviews;

    PlenaryService(AssemblyTasks access, AssemblyFacts facts, PreparationService preparation, FeedbackService feedback,
                   MeetingRepository meetings, VoteRepository votes, PlenaryRecordRepository records,
                   DiscussionEntryRepository discussion, BoardCandidateRepository candidates,
                   BoardElectionRepository elections, SchoolDirectory directory, WorkingDayCalendar calendar,
                   StageTracker stages, ElectionRoundRepository rounds, ElectionRoundVoteRepository roundVotes,
                   AttendanceRepository attendance, AuditTrail audit, AppI18NProvider i18n,
                   ResolutionReviews resolutionReviews) {
        this.resolutionReviews = resolutionReviews;
        this.audit = audit;
        this.i18n = i18n;
        this.rounds = rounds;
        this.roundVotes = roundVotes;
        this.attendance = attendance;
        this.access = access;
        this.facts = facts;
        this.preparation = preparation;
        this.feedback = feedback;
        this.meetings = meetings;
        this.votes = votes;
        this.records = records;
        this.discussion = discussion;
        this.candidates = candidates;
        this.elections = elections;
        this.directory = directory;
        this.calendar = calendar;
        this.stages = stages;
    }

    @Transactional(readOnly = true)
    public CheckInData checkIn(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PLENARY_CHECK_IN);
        Assembly assembly = facts.assembly(task.assemblyId());
        int sitting = nextSitting(assembly.getId());
        return new CheckInData(task, assembly, convocationsOf(assembly.getId(), sitting) + 1,
                directory.activeStaff(task.schoolId()));
    }

    /** Records who checked in; quorum is two thirds of those convened (all staff, or the delegates). */
    public boolean recordCheckIn(String taskId, Inputs.CheckIn in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PLENARY_CHECK_IN);
        Assembly assembly = facts.assembly(task.assemblyId());
        if (in.heldOn() == null) {
            throw BusinessRuleException.onField("heldOn", "meeting.heldOnRequired");
        }
        vn.hoinghi.shared.Checks.notInFuture("heldOn", in.heldOn());
        Set<Long> staffIds = directory.activeStaffIds(task.schoolId());
        Set<Long> present = in.presentIds() == null ? Set.of() : in.presentIds();
        if (!staffIds.containsAll(present)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        int convened;
        if (assembly.getMode() == AssemblyMode.DELEGATES) {
            if (in.convened() == null) {
                throw BusinessRuleException.onField("convened", "checkIn.convenedRequired");
            }
            convened = in.convened();
        } else {
            convened = staffIds.size();
        }
        boolean quorum = AssemblyRules.quorumReached(present.size(), convened);
        int sitting = nextSitting(assembly.getId());
        int convocation = convocationsOf(assembly.getId(), sitting) + 1;
        Meeting meeting = preparation.newMeeting(assembly, MeetingKind.PLENARY, null, in.heldOn(), convened, present);
        meeting.setConvocation(convocation);
        meeting.setSitting(sitting);
        meeting.setQuorumReached(quorum);
        preparation.saveAttendance(meeting, present);
        access.complete(task, Map.of(AssemblyVariables.QUORUM_REACHED, quorum,
                AssemblyVariables.CONVOCATION, convocation));
        stages.refresh(assembly);
        return quorum;
    }

    @Transactional(readOnly = true)
    public Assembly reconvene(String taskId) {
        return facts.assembly(access.open(taskId, AssemblyStep.RECONVENE_PLENARY).assemblyId());
    }

    public void recordReconvene(String taskId, Inputs.Reconvene in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.RECONVENE_PLENARY);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting last = lastPlenary(assembly.getId());
        if (in.newDate() == null || !in.newDate().isAfter(last.getHeldOn())) {
            throw BusinessRuleException.onField("newDate", "reconvene.dateAfter",
                    vn.hoinghi.shared.Texts.date(last.getHeldOn()));
        }
        if (blank(in.reason())) {
            throw BusinessRuleException.onField("reason", "reconvene.reasonRequired");
        }
        last.setNotes(in.reason().strip());
        assembly.setPlenaryOn(in.newDate());
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public SessionData session(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PLENARY_SESSION);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting meeting = lastPlenary(assembly.getId());
        List<Vote> sittingVotes = votesOf(assembly.getId(), meeting.getSitting());
        String regulations = preparation.drafts(assembly.getId()).stream()
                .filter(d -> d.kind() == DraftKind.REGULATIONS).map(PreparationService.DraftView::latestContent)
                .findFirst().orElse("");
        List<Meeting> earlier = plenaries(assembly.getId()).stream().filter(m -> m.getContinuedOn() != null).toList();
        return new SessionData(task, assembly, meeting, feedback.itemViews(assembly.getId(), true), sittingVotes,
                notAdopted(sittingVotes), records.findByAssemblyId(assembly.getId()),
                directory.localPractice(task.schoolId()), regulations, earlier);
    }

    /**
     * The session's first count of every item: each is adopted with more than half of those attending, or
     * recorded as not adopted with its counts. The task is done at once when every item was adopted; otherwise
     * the presidium may put an amended text to a new vote ({@link #revote}) or close the sitting.
     */
    public SessionOutcome recordSession(String taskId, Inputs.Session in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PLENARY_SESSION);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting meeting = lastPlenary(assembly.getId());
        int attending = meeting.getPresent();
        int sitting = meeting.getSitting();
        if (!votesOf(assembly.getId(), sitting).isEmpty()) {
            throw new BusinessRuleException("session.alreadyCounted");
        }
        if (blank(in.presidium()) || blank(in.secretaries())) {
            throw BusinessRuleException.onField(blank(in.presidium()) ? "presidium" : "secretaries",
                    "session.presidiumRequired");
        }
        LocalPractice practice = directory.localPractice(task.schoolId());
        List<String> absent = absentNames(meeting, task.schoolId());
        checkPeople("presidium", in.presidium(), practice.presidiumSize(), "session.presidiumSize", absent);
        checkPeople("secretaries", in.secretaries(), practice.secretaryCount(), "session.secretaryCount", absent);
        if (assembly.isElectBoard() && blank(in.countingCommittee())) {
            throw BusinessRuleException.onField("countingCommittee", "session.countingCommitteeRequired");
        }
        if (!blank(in.countingCommittee())) {
            checkPeople("countingCommittee", in.countingCommittee(), 0, null, absent);
        }
        if (blank(in.resolutionText())) {
            throw BusinessRuleException.onField("resolutionText", "session.resolutionTextRequired");
        }
        List<VoteRow> rows = nonEmpty(in.votes());
        Set<VoteSubject> subjects = EnumSet.noneOf(VoteSubject.class);
        List<Vote> toSave = new ArrayList<>();
        boolean adopted = false;
        for (int i = 0; i < rows.size(); i++) {
            VoteRow r = rows.get(i);
            String row = "votes[" + i + "].";
            String missing = r.subject() == null ? "subject" : r.votesFor() == null ? "votesFor"
                    : r.against() == null ? "against" : r.abstain() == null ? "abstain" : null;
            if (missing != null) {
                throw BusinessRuleException.onField(row + missing, "vote.incomplete");
            }
            try {
                AssemblyRules.checkCounts(r.votesFor(), r.against(), r.abstain(), attending);
            } catch (BusinessRuleException e) {
                throw e.at(row + "votesFor");
            }
            boolean passed = AssemblyRules.passes(r.votesFor(), attending);
            if (r.subject() != VoteSubject.OTHER && !subjects.add(r.subject())) {
                throw BusinessRuleException.onField(row + "subject", "vote.duplicateSubject");
            }
            Vote v = vote(assembly, r.subject(), r.label(), attending, r.votesFor(), r.against(), r.abstain(), passed);
            v.setSitting(sitting);
            if (r.subject() == VoteSubject.RESOLUTION) {
                adopted = passed;
                v.setVotedText(in.resolutionText().strip());
            } else if (r.subject() == VoteSubject.REGULATIONS && !blank(in.rulesText())) {
                v.setVotedText(in.rulesText().strip());
            }
            toSave.add(v);
        }
        if (!subjects.contains(VoteSubject.RESOLUTION)) {
            throw new BusinessRuleException("session.resolutionVoteRequired");
        }
        votes.saveAll(toSave);
        int pos = discussion.findByAssemblyIdOrderByPosition(assembly.getId()).size();
        for (DiscussionRow d : nonEmpty(in.discussion())) {
            if (blank(d.speaker()) || blank(d.question())) {
                throw BusinessRuleException.onField("discussion[" + pos + "]." + (blank(d.speaker()) ? "speaker"
                        : "question"), "session.discussionIncomplete");
            }
            DiscussionEntry e = new DiscussionEntry();
            e.setAssemblyId(assembly.getId());
            e.setSpeaker(d.speaker().strip());
            e.setQuestion(d.question().strip());
            e.setAnswer(blank(d.answer()) ? null : d.answer().strip());
            e.setPosition(pos++);
            discussion.save(e);
        }
        PlenaryRecord record = records.findByAssemblyId(assembly.getId()).orElseGet(PlenaryRecord::new);
        record.setAssemblyId(assembly.getId());
        record.setWrittenBallot(false);
        record.setPresidium(in.presidium().strip());
        record.setSecretaries(in.secretaries().strip());
        record.setCountingCommittee(blank(in.countingCommittee()) ? null : in.countingCommittee().strip());
        record.setResolutionText(in.resolutionText().strip());
        Vote rules = toSave.stream().filter(v -> v.getSubject() == VoteSubject.REGULATIONS).findFirst().orElse(null);
        if (!blank(in.rulesText()) && (rules == null || rules.isPassed())) {
            record.setRulesText(in.rulesText().strip());
        }
        record.setResolutionAdopted(adopted);
        record.setResolutionAdoptedOn(adopted ? meeting.getHeldOn() : null);
        records.save(record);
        audit(task, assembly, AuditAction.SESSION_VOTES_RECORDED, toSave.stream()
                .map(this::voteDetail).collect(Collectors.joining("; ")));
        return finishIfAllAdopted(task, assembly, sitting);
    }

    /** An item that was not adopted is put again with an amended text; each round is kept and printed. */
    public SessionOutcome revote(String taskId, Inputs.Revote in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PLENARY_SESSION);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting meeting = lastPlenary(assembly.getId());
        int attending = meeting.getPresent();
        List<Vote> sittingVotes = votesOf(assembly.getId(), meeting.getSitting());
        Vote failed = notAdopted(sittingVotes).stream().filter(v -> v.getId().equals(in.voteId())).findFirst()
                .orElseThrow(() -> BusinessRuleException.onField("voteId", "revote.notFailed"));
        if (blank(in.amendedText())) {
            throw BusinessRuleException.onField("amendedText", "revote.textRequired");
        }
        if (in.amendedText().strip().equals(failed.getVotedText())) {
            throw BusinessRuleException.onField("amendedText", "revote.textUnchanged");
        }
        String missing = in.votesFor() == null ? "votesFor" : in.against() == null ? "against"
                : in.abstain() == null ? "abstain" : null;
        if (missing != null) {
            throw BusinessRuleException.onField(missing, "vote.incomplete");
        }
        try {
            AssemblyRules.checkCounts(in.votesFor(), in.against(), in.abstain(), attending);
        } catch (BusinessRuleException e) {
            throw e.at("votesFor");
        }
        boolean passed = AssemblyRules.passes(in.votesFor(), attending);
        Vote v = vote(assembly, failed.getSubject(), failed.getLabel(), attending, in.votesFor(), in.against(),
                in.abstain(), passed);
        v.setSitting(meeting.getSitting());
        v.setRound(failed.getRound() + 1);
        v.setVotedText(in.amendedText().strip());
        votes.save(v);
        audit(task, assembly, AuditAction.REVOTE_RECORDED, voteDetail(v));
        if (passed) {
            PlenaryRecord record = records.findByAssemblyId(assembly.getId()).orElseThrow();
            if (v.getSubject() == VoteSubject.RESOLUTION) {
                record.setResolutionText(v.getVotedText());
                record.setResolutionAdopted(true);
                record.setResolutionAdoptedOn(meeting.getHeldOn());
            } else if (v.getSubject() == VoteSubject.REGULATIONS) {
                record.setRulesText(v.getVotedText());
            }
        }
        return finishIfAllAdopted(task, assembly, meeting.getSitting());
    }

    /**
     * Closes the sitting with what was decided; items still not adopted stay so. Without the resolution the
     * principal then sets the date of a continuation session.
     */
    public boolean closeSession(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PLENARY_SESSION);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting meeting = lastPlenary(assembly.getId());
        List<Vote> sittingVotes = votesOf(assembly.getId(), meeting.getSitting());
        if (sittingVotes.isEmpty()) {
            throw new BusinessRuleException("session.notCountedYet");
        }
        boolean adopted = notAdopted(sittingVotes).stream().noneMatch(v -> v.getSubject() == VoteSubject.RESOLUTION);
        audit(task, assembly, AuditAction.SESSION_CLOSED, sittingVotes.stream()
                .filter(v -> v.getSubject() == VoteSubject.RESOLUTION).reduce((a, b) -> b).map(this::voteDetail)
                .orElse(null));
        complete(task, assembly, adopted);
        return adopted;
    }

    private SessionOutcome finishIfAllAdopted(AssemblyTask task, Assembly assembly, int sitting) {
        List<Vote> failed = notAdopted(votesOf(assembly.getId(), sitting));
        boolean adopted = failed.stream().noneMatch(v -> v.getSubject() == VoteSubject.RESOLUTION);
        if (failed.isEmpty()) {
            complete(task, assembly, true);
            return new SessionOutcome(true, true, List.of());
        }
        return new SessionOutcome(false, adopted, failed);
    }

    private void complete(AssemblyTask task, Assembly assembly, boolean resolutionAdopted) {
        access.complete(task, Map.of(AssemblyVariables.RESOLUTION_ADOPTED, resolutionAdopted,
                AssemblyVariables.ELECT_BOARD, assembly.isElectBoard(), AssemblyVariables.BOARD_ELECTED, false));
        stages.refresh(assembly);
        if (resolutionAdopted) {
            resolutionReviews.adopted(assembly);
        }
    }

    @Transactional(readOnly = true)
    public ContinuationData continuation(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.SCHEDULE_CONTINUATION);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting last = lastPlenary(assembly.getId());
        Optional<Vote> resolution = votesOf(assembly.getId(), last.getSitting()).stream()
                .filter(v -> v.getSubject() == VoteSubject.RESOLUTION || v.getSubject() == VoteSubject.BALLOT_RESOLUTION)
                .reduce((a, b) -> b);
        return new ContinuationData(task, assembly, last, resolution,
                resolution.map(v -> v.getSubject() == VoteSubject.BALLOT_RESOLUTION).orElse(false));
    }

    /** The resolution was not adopted: the principal sets the continuation's date; the process returns to check-in. */
    public void recordContinuation(String taskId, Inputs.Continuation in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.SCHEDULE_CONTINUATION);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting last = lastPlenary(assembly.getId());
        LocalDate after = lastDecisionDate(assembly.getId(), last);
        if (in.continueOn() == null || !in.continueOn().isAfter(after)) {
            throw BusinessRuleException.onField("continueOn", "continuation.dateAfter",
                    vn.hoinghi.shared.Texts.date(after));
        }
        if (blank(in.reason())) {
            throw BusinessRuleException.onField("reason", "continuation.reasonRequired");
        }
        last.setContinuedOn(in.continueOn());
        last.setContinuationReason(in.reason().strip());
        assembly.setPlenaryOn(in.continueOn());
        audit(task, assembly, AuditAction.CONTINUATION_SET, i18n.getTranslation("audit.detail.continuation",
                AppI18NProvider.VIETNAMESE, vn.hoinghi.shared.Texts.date(in.continueOn())) + " – " + in.reason().strip());
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    /** The day the sitting (or its written ballot) last decided; a continuation comes after it. */
    private LocalDate lastDecisionDate(long assemblyId, Meeting last) {
        LocalDate date = last.getHeldOn();
        PlenaryRecord record = records.findByAssemblyId(assemblyId).orElse(null);
        if (record != null && record.isWrittenBallot()) {
            LocalDate counted = votesOf(assemblyId, last.getSitting()).stream()
                    .filter(v -> v.getSubject() == VoteSubject.BALLOT_RESOLUTION)
                    .map(v -> v.getRecordedAt().toLocalDate()).max(LocalDate::compareTo).orElse(date);
            date = counted.isAfter(date) ? counted : date;
        }
        return date;
    }

    @Transactional(readOnly = true)
    public ElectionData election(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.BOARD_ELECTION);
        Assembly assembly = facts.assembly(task.assemblyId());
        List<BoardCandidate> list = candidates.findByAssemblyIdOrderById(assembly.getId());
        List<CandidateView> views = candidateViews(assembly.getSchoolId(), list);
        List<RoundView> held = roundViews(assembly.getId());
        ElectionRound.Outcome because = held.isEmpty() ? null : held.get(held.size() - 1).round().getOutcome();
        Set<Long> suggested = suggestedBallot(list, held);
        Set<Long> standing = list.stream().map(BoardCandidate::getStaffId).collect(Collectors.toSet());
        List<StaffInfo> nominable = because == ElectionRound.Outcome.TOO_FEW
                ? directory.activeStaff(task.schoolId()).stream().filter(s -> !standing.contains(s.id()))
                .filter(s -> eligible(s, directory.localPractice(task.schoolId()))).toList()
                : List.of();
        return new ElectionData(task, assembly, lastPlenary(assembly.getId()).getPresent(), views, held,
                held.size() + 1, seatsOpen(assembly, list),
                because, views.stream().filter(v -> suggested.contains(v.staffId())).toList(), nominable);
    }

    /**
     * One round of the ballot count. Those with more than half of the attending win up to the open seats; a tie
     * at the last open seat leads to a second round among the tied only, for the seats still open; fewer than
     * the minimum elected leads to a further round for the missing seats (the remaining candidates, or new
     * nominees who consent). The task is done when a round completes the board.
     */
    public ElectionOutcome recordElection(String taskId, Inputs.Election in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.BOARD_ELECTION);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting meeting = lastPlenary(assembly.getId());
        int attending = meeting.getPresent();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("ballotsIssued", in.ballotsIssued());
        counts.put("ballotsReceived", in.ballotsReceived());
        counts.put("ballotsValid", in.ballotsValid());
        counts.put("ballotsInvalid", in.ballotsInvalid());
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() == null) {
                throw BusinessRuleException.onField(c.getKey(), "election.countsRequired");
            }
            if (c.getValue() < 0) {
                throw BusinessRuleException.onField(c.getKey(), "rule.negativeCount");
            }
        }
        if (in.ballotsIssued() > attending) {
            throw BusinessRuleException.onField("ballotsIssued", "election.issuedExceedsAttending", in.ballotsIssued(),
                    attending);
        }
        if (in.ballotsReceived() > in.ballotsIssued()) {
            throw BusinessRuleException.onField("ballotsReceived", "election.receivedExceedsIssued");
        }
        if (in.ballotsValid() + in.ballotsInvalid() != in.ballotsReceived()) {
            throw BusinessRuleException.onField("ballotsValid", "election.validPlusInvalid");
        }
        List<BoardCandidate> list = new ArrayList<>(candidates.findByAssemblyIdOrderById(assembly.getId()));
        List<RoundView> held = roundViews(assembly.getId());
        ElectionRound.Outcome because = held.isEmpty() ? null : held.get(held.size() - 1).round().getOutcome();
        List<BoardCandidate> added = nominate(assembly, list, in.nominations(), because);
        list.addAll(added);
        Set<Long> allowed = new java.util.LinkedHashSet<>(suggestedBallot(list, held));
        added.forEach(c -> allowed.add(c.getStaffId()));
        List<Long> onBallot = in.candidateIds() == null ? List.copyOf(allowed) : in.candidateIds();
        Set<Long> nominated = list.stream().map(BoardCandidate::getStaffId).collect(Collectors.toSet());
        Map<Long, String> names = directory.names(nominated);
        for (Long id : onBallot) {
            if (!allowed.contains(id)) {
                String key = because == ElectionRound.Outcome.TIE ? "election.notTied"
                        : because == ElectionRound.Outcome.TOO_FEW ? "election.notRemaining" : "election.notNominated";
                throw BusinessRuleException.onField("candidateIds", key, names.getOrDefault(id, String.valueOf(id)));
            }
        }
        if (because == ElectionRound.Outcome.TIE && !Set.copyOf(onBallot).containsAll(allowed)) {
            throw BusinessRuleException.onField("candidateIds", "election.allTiedStand");
        }
        if (onBallot.isEmpty()) {
            throw BusinessRuleException.onField("candidateIds", "election.candidatesRequired");
        }
        Map<Long, Integer> byCandidate = in.votesByCandidate() == null ? Map.of() : in.votesByCandidate();
        List<Tally> tallies = new ArrayList<>();
        for (Long id : onBallot) {
            Integer v = byCandidate.get(id);
            String name = names.get(id);
            String at = "votesByCandidate[" + id + "]";
            if (v == null) {
                throw BusinessRuleException.onField(at, "election.votesRequired", name);
            }
            if (v < 0) {
                throw BusinessRuleException.onField(at, "rule.negativeCount");
            }
            if (v > in.ballotsValid()) {
                throw BusinessRuleException.onField(at, "rule.candidateVotesExceed", name, v, in.ballotsValid());
            }
            tallies.add(new Tally(id, name, v));
        }
        long electedBefore = list.stream().filter(BoardCandidate::isElected).count();
        int seatsOpen = seatsOpen(assembly, list);
        AssemblyRules.RoundCount count = AssemblyRules.countRound(tallies, attending, seatsOpen, (int) electedBefore);

        ElectionRound round = new ElectionRound();
        round.setAssemblyId(assembly.getId());
        round.setRound(held.size() + 1);
        round.setSeatsOpen(seatsOpen);
        round.setAttending(attending);
        round.setBallotsIssued(in.ballotsIssued());
        round.setBallotsReceived(in.ballotsReceived());
        round.setBallotsValid(in.ballotsValid());
        round.setBallotsInvalid(in.ballotsInvalid());
        round.setHeldOn(meeting.getHeldOn());
        round.setOutcome(count.outcome());
        rounds.save(round);
        Set<Long> electedNow = count.elected().stream().map(Tally::staffId).collect(Collectors.toSet());
        Set<Long> tiedNow = count.tied().stream().map(Tally::staffId).collect(Collectors.toSet());
        Map<Long, Integer> v = new HashMap<>();
        tallies.forEach(t -> v.put(t.staffId(), t.votes()));
        for (Tally t : tallies) {
            roundVotes.save(new ElectionRoundVote(round.getId(), t.staffId(), t.votes(),
                    electedNow.contains(t.staffId()), tiedNow.contains(t.staffId())));
        }
        for (BoardCandidate c : list) {
            if (v.containsKey(c.getStaffId())) {
                c.setVotes(v.get(c.getStaffId()));
                c.setElected(electedNow.contains(c.getStaffId()));
            }
        }
        audit(task, assembly, AuditAction.ELECTION_ROUND_RECORDED, i18n.getTranslation("audit.detail.electionRound",
                AppI18NProvider.VIETNAMESE, round.getRound(), tallies.stream()
                        .map(t -> t.name() + " " + t.votes()).collect(Collectors.joining(", ")))
                + " – " + i18n.getTranslation(count.outcome().messageKey(), AppI18NProvider.VIETNAMESE));
        if (count.outcome() == ElectionRound.Outcome.COMPLETE) {
            ElectionRound first = held.isEmpty() ? round : held.get(0).round();
            BoardElection e = new BoardElection();
            e.setAssemblyId(assembly.getId());
            e.setSeats((int) (electedBefore + count.elected().size()));
            e.setAttending(attending);
            e.setBallotsIssued(first.getBallotsIssued());
            e.setBallotsReceived(first.getBallotsReceived());
            e.setBallotsValid(first.getBallotsValid());
            e.setBallotsInvalid(first.getBallotsInvalid());
            e.setHeldOn(meeting.getHeldOn());
            e.setRecognitionDue(calendar.plusWorkingDays(meeting.getHeldOn(), AssemblyRules.RECOGNITION_WORKING_DAYS));
            elections.save(e);
            access.complete(task, Map.of(AssemblyVariables.BOARD_ELECTED, true));
            stages.refresh(assembly);
        }
        return new ElectionOutcome(count.outcome(), count.elected(), count.tied(), count.seatsStillOpen());
    }

    /** New nominees for missing seats: only after a round that left the board short, each eligible and consenting. */
    private List<BoardCandidate> nominate(Assembly assembly, List<BoardCandidate> existing, List<Inputs.Candidate> in,
                                          ElectionRound.Outcome because) {
        List<Inputs.Candidate> list = in == null ? List.of() : in.stream().filter(c -> c != null && c.staffId() != null)
                .toList();
        if (list.isEmpty()) {
            return List.of();
        }
        if (because != ElectionRound.Outcome.TOO_FEW) {
            throw BusinessRuleException.onField("nominations[0].staffId", "election.nominationsOnlyForMissing");
        }
        Map<Long, StaffInfo> staff = new HashMap<>();
        directory.activeStaff(assembly.getSchoolId()).forEach(s -> staff.put(s.id(), s));
        Set<Long> standing = existing.stream().map(BoardCandidate::getStaffId).collect(Collectors.toSet());
        LocalPractice practice = directory.localPractice(assembly.getSchoolId());
        List<BoardCandidate> added = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Inputs.Candidate c = list.get(i);
            String row = "nominations[" + i + "].";
            StaffInfo person = staff.get(c.staffId());
            if (person == null) {
                throw BusinessRuleException.onField(row + "staffId", "keyStaff.candidateUnknown");
            }
            if (!standing.add(c.staffId())) {
                throw BusinessRuleException.onField(row + "staffId", "keyStaff.candidateTwice");
            }
            try {
                AssemblyRules.checkCandidate(person.fullName(), person.roles(), c.consent());
                PreparationService.checkLocalPractice(person, practice);
            } catch (BusinessRuleException e) {
                throw e.at(row + (c.consent() ? "staffId" : "consent"));
            }
            BoardCandidate bc = new BoardCandidate();
            bc.setAssemblyId(assembly.getId());
            bc.setStaffId(c.staffId());
            bc.setConsent(true);
            bc.setConsentOn(c.consentOn() == null ? vn.hoinghi.shared.VietnamTime.today() : c.consentOn());
            added.add(candidates.save(bc));
        }
        return added;
    }

    private static boolean eligible(StaffInfo s, LocalPractice practice) {
        try {
            AssemblyRules.checkCandidate(s.fullName(), s.roles(), true);
            PreparationService.checkLocalPractice(s, practice);
            return true;
        } catch (BusinessRuleException e) {
            return false;
        }
    }

    /** Who stands in the next round unless changed: every nominee first, then the tied, then those not elected. */
    private static Set<Long> suggestedBallot(List<BoardCandidate> list, List<RoundView> held) {
        if (held.isEmpty()) {
            return list.stream().map(BoardCandidate::getStaffId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }
        RoundView last = held.get(held.size() - 1);
        if (last.round().getOutcome() == ElectionRound.Outcome.TIE) {
            return last.votes().stream().filter(RoundVoteView::tied).map(RoundVoteView::staffId)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }
        return list.stream().filter(c -> !c.isElected()).map(BoardCandidate::getStaffId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static int seatsOpen(Assembly assembly, List<BoardCandidate> list) {
        return assembly.getBoardSeats() - (int) list.stream().filter(BoardCandidate::isElected).count();
    }

    /** Every round held, with each candidate's votes, in order: what the ballot-count minutes print. */
    @Transactional(readOnly = true)
    public List<RoundView> roundViews(long assemblyId) {
        facts.readable(assemblyId);
        List<ElectionRound> list = rounds.findByAssemblyIdOrderByRound(assemblyId);
        if (list.isEmpty()) {
            return List.of();
        }
        List<ElectionRoundVote> all = roundVotes.findByRoundIdInOrderById(list.stream().map(ElectionRound::getId).toList());
        Map<Long, String> names = directory.names(all.stream().map(ElectionRoundVote::getStaffId).distinct().toList());
        return list.stream().map(r -> new RoundView(r, all.stream().filter(x -> x.getRoundId().equals(r.getId()))
                .map(x -> new RoundVoteView(x.getStaffId(), names.get(x.getStaffId()), x.getVotes(), x.isElected(),
                        x.isTied())).toList())).toList();
    }

    @Transactional(readOnly = true)
    public BallotData ballot(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.WRITTEN_BALLOT);
        Assembly assembly = facts.assembly(task.assemblyId());
        return new BallotData(task, assembly, directory.activeStaffIds(task.schoolId()).size(),
                ballotRounds(assembly.getId(), lastPlenary(assembly.getId()).getSitting()));
    }

    /**
     * After two failed convocations the resolution goes to all staff in writing (Art. 50(2)). A round without
     * more than half of all staff is recorded as not adopted; an amended text may go out in a new round, or the
     * principal sets a continuation session ({@link #closeBallot}). Returns whether this round adopted it.
     */
    public boolean recordBallot(String taskId, Inputs.WrittenBallot in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.WRITTEN_BALLOT);
        Assembly assembly = facts.assembly(task.assemblyId());
        int allStaff = directory.activeStaffIds(task.schoolId()).size();
        String missing = in.countedOn() == null ? "countedOn" : in.returned() == null ? "returned"
                : in.votesFor() == null ? "votesFor" : in.against() == null ? "against"
                : in.abstain() == null ? "abstain" : null;
        if (missing != null) {
            throw BusinessRuleException.onField(missing, "ballot.countsRequired");
        }
        if (blank(in.resolutionText())) {
            throw BusinessRuleException.onField("resolutionText", "session.resolutionTextRequired");
        }
        if (in.returned() < 0 || in.returned() > allStaff) {
            throw BusinessRuleException.onField("returned", "ballot.returnedExceedsStaff", in.returned(), allStaff);
        }
        try {
            AssemblyRules.checkCounts(in.votesFor(), in.against(), in.abstain(), Math.max(in.returned(), 1));
        } catch (BusinessRuleException e) {
            throw e.at("votesFor");
        }
        if (in.votesFor() + in.against() + in.abstain() > in.returned()) {
            throw BusinessRuleException.onField("votesFor", "rule.votesExceedAttending",
                    in.votesFor() + in.against() + in.abstain(), in.returned());
        }
        int sitting = lastPlenary(assembly.getId()).getSitting();
        List<Vote> earlier = ballotRounds(assembly.getId(), sitting);
        if (!earlier.isEmpty() && in.resolutionText().strip().equals(earlier.get(earlier.size() - 1).getVotedText())) {
            throw BusinessRuleException.onField("resolutionText", "revote.textUnchanged");
        }
        boolean passed = AssemblyRules.ballotPasses(in.votesFor(), allStaff);
        Vote v = vote(assembly, VoteSubject.BALLOT_RESOLUTION, null, allStaff, in.votesFor(), in.against(),
                in.abstain(), passed);
        v.setSitting(sitting);
        v.setRound(earlier.size() + 1);
        v.setVotedText(in.resolutionText().strip());
        v.setRecordedAt(in.countedOn().atTime(vn.hoinghi.shared.VietnamTime.now().toLocalTime()));
        votes.save(v);
        PlenaryRecord record = records.findByAssemblyId(assembly.getId()).orElseGet(PlenaryRecord::new);
        record.setAssemblyId(assembly.getId());
        record.setWrittenBallot(true);
        record.setResolutionText(in.resolutionText().strip());
        record.setResolutionAdopted(passed);
        record.setResolutionAdoptedOn(passed ? in.countedOn() : null);
        records.save(record);
        audit(task, assembly, AuditAction.BALLOT_ROUND_RECORDED, voteDetail(v));
        if (passed) {
            access.complete(task, Map.of(AssemblyVariables.BOARD_ELECTED, false,
                    AssemblyVariables.RESOLUTION_ADOPTED, true));
            stages.refresh(assembly);
            resolutionReviews.adopted(assembly);
        }
        return passed;
    }

    /** The written ballot did not adopt the resolution: the principal sets a continuation session instead. */
    public void closeBallot(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.WRITTEN_BALLOT);
        Assembly assembly = facts.assembly(task.assemblyId());
        if (ballotRounds(assembly.getId(), lastPlenary(assembly.getId()).getSitting()).isEmpty()) {
            throw new BusinessRuleException("ballot.notCountedYet");
        }
        audit(task, assembly, AuditAction.SESSION_CLOSED, null);
        access.complete(task, Map.of(AssemblyVariables.BOARD_ELECTED, false,
                AssemblyVariables.RESOLUTION_ADOPTED, false));
        stages.refresh(assembly);
    }

    private void audit(AssemblyTask task, Assembly assembly, AuditAction action, String detail) {
        audit.recordTask(AuditSubject.assembly(assembly.getId(), assembly.getSchoolId(),
                assembly.getProcessInstanceId()), action, task.id(), task.name(), detail);
    }

    /** One vote for the audit trail, in the school's language: "Thông qua nghị quyết, lần 2: 14/20 tán thành – Thông qua". */
    private String voteDetail(Vote v) {
        String item = i18n.getTranslation(v.getSubject().messageKey(), AppI18NProvider.VIETNAMESE)
                + (v.getLabel() == null ? "" : " – " + v.getLabel());
        return i18n.getTranslation("audit.detail.vote", AppI18NProvider.VIETNAMESE, item, v.getRound(),
                v.getVotesFor(), v.getBaseCount(), i18n.getTranslation(v.isPassed() ? "vote.passed" : "vote.notPassed",
                        AppI18NProvider.VIETNAMESE));
    }

    private List<Vote> ballotRounds(long assemblyId, int sitting) {
        return votesOf(assemblyId, sitting).stream().filter(v -> v.getSubject() == VoteSubject.BALLOT_RESOLUTION)
                .toList();
    }

    private List<Vote> votesOf(long assemblyId, int sitting) {
        return votes.findByAssemblyIdOrderById(assemblyId).stream().filter(v -> v.getSitting() == sitting).toList();
    }

    /** The last round of each item, where it was not adopted. */
    static List<Vote> notAdopted(List<Vote> sittingVotes) {
        Map<String, Vote> last = new java.util.LinkedHashMap<>();
        sittingVotes.forEach(v -> last.put(v.itemKey(), v));
        return last.values().stream().filter(v -> !v.isPassed()).toList();
    }

    /** Names in a list ("A; B, C" or one a line) as the local practice counts them; nobody listed absent. */
    private static void checkPeople(String field, String list, int expected, String sizeKey, List<String> absent) {
        List<String> names = AssemblyRules.names(list);
        if (expected > 0 && names.size() != expected) {
            throw BusinessRuleException.onField(field, sizeKey, names.size(), expected);
        }
        for (String n : names) {
            String bare = AssemblyRules.bareName(n);
            if (absent.stream().anyMatch(a -> a.equalsIgnoreCase(bare))) {
                throw BusinessRuleException.onField(field, "session.listedButAbsent", bare);
            }
        }
    }

    /** Staff not checked in at this convocation (full assembly only: delegates are not all staff). */
    private List<String> absentNames(Meeting meeting, long schoolId) {
        Set<Long> present = new java.util.HashSet<>();
        for (Object[] row : attendance.presentByAssembly(meeting.getAssemblyId())) {
            if (meeting.getId().equals(row[0])) {
                present.add((Long) row[1]);
            }
        }
        Assembly assembly = facts.assembly(meeting.getAssemblyId());
        if (assembly.getMode() != AssemblyMode.FULL) {
            return List.of();
        }
        return directory.activeStaff(schoolId).stream().filter(s -> !present.contains(s.id()))
                .map(StaffInfo::fullName).toList();
    }

    /** The sitting the next check-in opens: one more than the sittings that ended in a continuation. */
    private int nextSitting(long assemblyId) {
        return 1 + (int) plenaries(assemblyId).stream().filter(m -> m.getContinuedOn() != null).count();
    }

    private int convocationsOf(long assemblyId, int sitting) {
        return (int) plenaries(assemblyId).stream().filter(m -> m.getSitting() == sitting).count();
    }
    /** Candidates with their name and department, from one query for the names. */
    List<CandidateView> candidateViews(long schoolId, List<BoardCandidate> list) {
        Map<Long, String> names = directory.names(list.stream().map(BoardCandidate::getStaffId).toList());
        Map<Long, String> departments = new HashMap<>();
        directory.departments(schoolId).forEach(d -> departments.put(d.id(), d.name()));
        Map<Long, Long> departmentOf = directory.departmentOf(list.stream().map(BoardCandidate::getStaffId).toList());
        return list.stream().map(c -> new CandidateView(c.getStaffId(), names.get(c.getStaffId()),
                departments.get(departmentOf.get(c.getStaffId())))).toList();
    }

    private List<Meeting> plenaries(long assemblyId) {
        return meetings.findByAssemblyIdAndKindOrderById(assemblyId, MeetingKind.PLENARY);
    }

    private Meeting lastPlenary(long assemblyId) {
        List<Meeting> list = plenaries(assemblyId);
        if (list.isEmpty()) {
            throw new BusinessRuleException("session.noCheckIn");
        }
        return list.get(list.size() - 1);
    }

    private static Vote vote(Assembly a, VoteSubject subject, String label, int base, int votesFor, int against,
                             int abstain, boolean passed) {
        Vote v = new Vote();
        v.setAssemblyId(a.getId());
        v.setSubject(subject);
        v.setLabel(blank(label) ? null : label.strip());
        v.setBaseCount(base);
        v.setVotesFor(votesFor);
        v.setVotesAgainst(against);
        v.setAbstentions(abstain);
        v.setPassed(passed);
        v.setRecordedAt(vn.hoinghi.shared.VietnamTime.now());
        return v;
    }

}
