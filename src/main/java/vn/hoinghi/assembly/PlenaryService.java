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
import vn.hoinghi.calendar.WorkingDayCalendar;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.shared.BusinessRuleException;

/** The plenary: check-in and quorum, re-convening, the session and its votes, the board election, the ballot. */
@Service
@Transactional
public class PlenaryService {

    public record CheckInData(AssemblyTask task, Assembly assembly, int convocation, List<StaffInfo> staff) {
    }

    public record SessionData(AssemblyTask task, Assembly assembly, Meeting meeting, List<ItemView> answeredPoints) {
    }

    public record CandidateView(long staffId, String fullName, String departmentName) {
    }

    public record ElectionData(AssemblyTask task, Assembly assembly, int attending, List<CandidateView> candidates) {
    }

    public record BallotData(AssemblyTask task, Assembly assembly, int allStaff) {
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

    PlenaryService(AssemblyTasks access, AssemblyFacts facts, PreparationService preparation, FeedbackService feedback,
                   MeetingRepository meetings, VoteRepository votes, PlenaryRecordRepository records,
                   DiscussionEntryRepository discussion, BoardCandidateRepository candidates,
                   BoardElectionRepository elections, SchoolDirectory directory, WorkingDayCalendar calendar,
                   StageTracker stages) {
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
        return new CheckInData(task, assembly, plenaries(assembly.getId()).size() + 1,
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
        int convocation = plenaries(assembly.getId()).size() + 1;
        Meeting meeting = preparation.newMeeting(assembly, MeetingKind.PLENARY, null, in.heldOn(), convened, present);
        meeting.setConvocation(convocation);
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
        return new SessionData(task, assembly, lastPlenary(assembly.getId()),
                feedback.itemViews(assembly.getId(), true));
    }

    /** The session's decisions: each vote > 50% of those attending; the resolution must be adopted. */
    public void recordSession(String taskId, Inputs.Session in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PLENARY_SESSION);
        Assembly assembly = facts.assembly(task.assemblyId());
        Meeting meeting = lastPlenary(assembly.getId());
        int attending = meeting.getPresent();
        if (blank(in.presidium()) || blank(in.secretaries())) {
            throw BusinessRuleException.onField(blank(in.presidium()) ? "presidium" : "secretaries",
                    "session.presidiumRequired");
        }
        if (blank(in.resolutionText())) {
            throw BusinessRuleException.onField("resolutionText", "session.resolutionTextRequired");
        }
        List<VoteRow> rows = nonEmpty(in.votes());
        Set<VoteSubject> subjects = EnumSet.noneOf(VoteSubject.class);
        boolean adopted = false;
        List<Vote> toSave = new ArrayList<>();
        String resolutionRow = null;
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
            if (r.subject() == VoteSubject.RESOLUTION) {
                adopted = passed;
                resolutionRow = row;
            }
            toSave.add(vote(assembly, r.subject(), r.label(), attending, r.votesFor(), r.against(), r.abstain(), passed));
        }
        if (!subjects.contains(VoteSubject.RESOLUTION)) {
            throw new BusinessRuleException("session.resolutionVoteRequired");
        }
        if (!adopted) {
            throw BusinessRuleException.onField(resolutionRow + "votesFor", "session.resolutionNotAdopted",
                    AssemblyRules.majorityNeeded(attending));
        }
        votes.saveAll(toSave);
        int pos = 0;
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
        record.setPresidium(in.presidium().strip());
        record.setSecretaries(in.secretaries().strip());
        record.setResolutionText(in.resolutionText().strip());
        record.setResolutionAdopted(true);
        record.setResolutionAdoptedOn(meeting.getHeldOn());
        records.save(record);
        access.complete(task, Map.of(AssemblyVariables.ELECT_BOARD, assembly.isElectBoard(),
                AssemblyVariables.BOARD_ELECTED, false));
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public ElectionData election(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.BOARD_ELECTION);
        Assembly assembly = facts.assembly(task.assemblyId());
        List<CandidateView> list = candidateViews(assembly.getSchoolId(),
                candidates.findByAssemblyIdOrderById(assembly.getId()));
        return new ElectionData(task, assembly, lastPlenary(assembly.getId()).getPresent(), list);
    }

    /** The ballot count: those with more than half of the attending are elected, up to the seats. */
    public List<Tally> recordElection(String taskId, Inputs.Election in) {
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
        List<BoardCandidate> list = candidates.findByAssemblyIdOrderById(assembly.getId());
        Map<Long, Integer> byCandidate = in.votesByCandidate() == null ? Map.of() : in.votesByCandidate();
        List<Tally> tallies = new ArrayList<>();
        Map<Long, String> names = directory.names(list.stream().map(BoardCandidate::getStaffId).toList());
        for (BoardCandidate c : list) {
            Integer v = byCandidate.get(c.getStaffId());
            String name = names.get(c.getStaffId());
            String at = "votesByCandidate[" + c.getStaffId() + "]";
            if (v == null) {
                throw BusinessRuleException.onField(at, "election.votesRequired", name);
            }
            if (v > in.ballotsValid()) {
                throw BusinessRuleException.onField(at, "rule.candidateVotesExceed", name, v, in.ballotsValid());
            }
            tallies.add(new Tally(c.getStaffId(), name, v));
        }
        List<Tally> elected = AssemblyRules.elected(tallies, attending, assembly.getBoardSeats());
        Set<Long> electedIds = elected.stream().map(Tally::staffId).collect(Collectors.toSet());
        Map<Long, Integer> v = new HashMap<>();
        tallies.forEach(t -> v.put(t.staffId(), t.votes()));
        for (BoardCandidate c : list) {
            c.setVotes(v.get(c.getStaffId()));
            c.setElected(electedIds.contains(c.getStaffId()));
        }
        BoardElection e = new BoardElection();
        e.setAssemblyId(assembly.getId());
        e.setSeats(assembly.getBoardSeats());
        e.setAttending(attending);
        e.setBallotsIssued(in.ballotsIssued());
        e.setBallotsReceived(in.ballotsReceived());
        e.setBallotsValid(in.ballotsValid());
        e.setBallotsInvalid(in.ballotsInvalid());
        e.setHeldOn(meeting.getHeldOn());
        e.setRecognitionDue(calendar.plusWorkingDays(meeting.getHeldOn(), AssemblyRules.RECOGNITION_WORKING_DAYS));
        elections.save(e);
        access.complete(task, Map.of(AssemblyVariables.BOARD_ELECTED, true));
        stages.refresh(assembly);
        return elected;
    }

    @Transactional(readOnly = true)
    public BallotData ballot(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.WRITTEN_BALLOT);
        return new BallotData(task, facts.assembly(task.assemblyId()), directory.activeStaffIds(task.schoolId()).size());
    }

    /** After two failed convocations the resolution goes to all staff in writing (Art. 50(2)). */
    public void recordBallot(String taskId, Inputs.WrittenBallot in) {
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
        boolean passed = AssemblyRules.ballotPasses(in.votesFor(), allStaff);
        if (!passed) {
            throw BusinessRuleException.onField("votesFor", "ballot.notAdopted", AssemblyRules.majorityNeeded(allStaff));
        }
        votes.save(vote(assembly, VoteSubject.BALLOT_RESOLUTION, null, allStaff, in.votesFor(), in.against(),
                in.abstain(), true));
        PlenaryRecord record = records.findByAssemblyId(assembly.getId()).orElseGet(PlenaryRecord::new);
        record.setAssemblyId(assembly.getId());
        record.setWrittenBallot(true);
        record.setResolutionText(in.resolutionText().strip());
        record.setResolutionAdopted(true);
        record.setResolutionAdoptedOn(in.countedOn());
        records.save(record);
        access.complete(task, Map.of(AssemblyVariables.BOARD_ELECTED, false));
        stages.refresh(assembly);
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
        return meetings.findByAssemblyIdAndKindOrderByConvocation(assemblyId, MeetingKind.PLENARY);
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
