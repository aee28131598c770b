package vn.hoinghi.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.AssemblyInfo;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.AssemblyQueries.CandidateRow;
import vn.hoinghi.assembly.AssemblyQueries.RegistrationView;
import vn.hoinghi.assembly.AssemblyQueries.TargetRowView;
import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.BoardElectionInfo;
import vn.hoinghi.assembly.DiscussionInfo;
import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.ElectionRound;
import vn.hoinghi.assembly.ElectionRoundInfo;
import vn.hoinghi.assembly.FeedbackService.ItemView;
import vn.hoinghi.assembly.MeetingRecords.MeetingDetail;
import vn.hoinghi.assembly.PlenaryInfo;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.assembly.Stage;
import vn.hoinghi.assembly.VoteInfo;
import vn.hoinghi.documents.render.OfficialDocument;
import vn.hoinghi.documents.render.OfficialDocument.Block;
import vn.hoinghi.documents.render.OfficialDocument.Header;
import vn.hoinghi.documents.render.OfficialDocument.Paragraph;
import vn.hoinghi.documents.render.OfficialDocument.Signer;
import vn.hoinghi.documents.render.OfficialDocument.Style;
import vn.hoinghi.documents.render.OfficialDocument.Table;
import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.SchoolInfo;
import vn.hoinghi.school.SchoolRecords;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.Texts;

/**
 * Writes each document from the assembly's data: which documents exist for an assembly and from when, and the
 * text of each in the decree's layout. The plan follows the sections of the seed school's real plan.
 */
@Component
class Composer {

    /**
     * Where a document stands: null naturalDate means it cannot be written yet (waitingKey says why).
     * capacities: the roles in which someone may sign it (STAFF: any staff member, the ballot count's head).
     */
    record Slot(DocumentRef ref, String departmentName, LocalDate naturalDate, String waitingKey, String signerTitle,
                String defaultSigner, boolean dossierPiece, boolean onBehalfAllowed, List<Role> capacities) {
        boolean available() {
            return naturalDate != null;
        }
    }

    /**
     * What signing adds: the number (null while unsigned), the date shown, the signer's name, and whether a
     * deputy signs on the principal's behalf (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG).
     */
    record Issue(Integer number, LocalDate date, String signerName, boolean onBehalf) {
    }

    /** The dossier's pieces, in the order the cover letter lists them. */
    static final List<DocumentKind> DOSSIER = List.of(DocumentKind.COVER_LETTER, DocumentKind.RESOLUTION,
            DocumentKind.WORKING_RULES, DocumentKind.EMULATION_SUMMARY);

    private static final String BLANK_NUMBER = "\u00a0".repeat(7);

    private final Words w;

    Composer(Words w) {
        this.w = w;
    }

    // ---- which documents, and from when ----

    List<Slot> slots(Facts f) {
        return w.wordedFor(f.substitute(), () -> slotsAsWorded(f));
    }

    private List<Slot> slotsAsWorded(Facts f) {
        List<Slot> slots = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.perDepartment()) {
                Set<Long> ids = new LinkedHashSet<>();
                f.departments().stream().filter(DepartmentInfo::active).forEach(d -> ids.add(d.id()));
                f.meetings().stream().filter(m -> m.departmentId() != null).forEach(m -> ids.add(m.departmentId()));
                ids.forEach(id -> slotAsWorded(f, new DocumentRef(kind, id)).ifPresent(slots::add));
            } else {
                slotAsWorded(f, DocumentRef.of(kind)).ifPresent(slots::add);
            }
        }
        return slots;
    }

    /** The slot of one document, or empty when the assembly has no such document at all. */
    Optional<Slot> slot(Facts f, DocumentRef ref) {
        return w.wordedFor(f.substitute(), () -> slotAsWorded(f, ref));
    }

    private Optional<Slot> slotAsWorded(Facts f, DocumentRef ref) {
        AssemblyInfo a = f.assembly();
        boolean board = a.electBoard() && !f.writtenBallot();
        boolean dossier = DOSSIER.contains(ref.kind());
        Optional<PlenaryInfo> record = f.overview().plenary();
        String principal = f.principal();
        return switch (ref.kind()) {
            case PLAN, INVITATION -> Optional.of(slotOf(ref, null,
                    f.preparatory().map(m -> ref.kind() == DocumentKind.PLAN ? m.heldOn() : a.keyStaffOn())
                            .orElse(null), "documents.waiting.preparatory", "doc.title.principal", principal, dossier));
            case DEPARTMENT_MINUTES -> {
                String name = f.departments().stream().filter(d -> d.id() == ref.departmentId())
                        .map(DepartmentInfo::name).findFirst().orElse(null);
                if (name == null) {
                    yield Optional.empty();
                }
                Optional<MeetingDetail> m = f.department(ref.departmentId());
                yield Optional.of(slotOf(ref, name, m.map(MeetingDetail::heldOn).orElse(null),
                        "documents.waiting.department", "doc.title.chair",
                        m.map(MeetingDetail::chairName).orElse(""), false));
            }
            case EMULATION_SUMMARY -> Optional.of(slotOf(ref, null,
                    a.stage().ordinal() > Stage.GROUP_MEETINGS.ordinal() ? a.plenaryOn() : null,
                    "documents.waiting.departments", "doc.title.principal", principal, true));
            case PLENARY_MINUTES -> Optional.of(slotOf(ref, null,
                    record.map(r -> r.resolutionAdoptedOn() != null ? r.resolutionAdoptedOn()
                            : lastCountedOn(f)).orElse(null), "documents.waiting.plenary",
                    f.writtenBallot() ? "doc.title.principal" : "doc.title.presiding", principal, false));
            case BALLOT_COUNT -> board ? Optional.of(slotOf(ref, null,
                    f.overview().election().map(BoardElectionInfo::heldOn).orElse(null), "documents.waiting.election",
                    "doc.title.countHead", record.map(r -> firstName(r.countingCommittee())).orElse(""), false))
                    : Optional.empty();
            case RESOLUTION -> Optional.of(slotOf(ref, null, record.filter(PlenaryInfo::resolutionAdopted)
                            .map(r -> r.resolutionSignedOn() != null ? r.resolutionSignedOn()
                                    : r.resolutionAdoptedOn()).orElse(null), "documents.waiting.plenary",
                    f.writtenBallot() ? "doc.title.principal" : "doc.title.presidium", principal, true));
            case WORKING_RULES -> f.draft(DraftKind.REGULATIONS).map(d -> slotOf(ref, null,
                    record.isPresent() && !rulesText(record.get(), d).isBlank() ? record.get().resolutionAdoptedOn()
                            : null,
                    "documents.waiting.plenary", "doc.title.principal", principal, true));
            case BOARD_DECISION -> board ? Optional.of(slotOf(ref, null,
                    f.overview().election().map(BoardElectionInfo::recognizedOn).orElse(null),
                    f.school().hasUnion() ? "documents.waiting.recognition" : "documents.waiting.recognitionSubstitute",
                    f.school().hasUnion() ? "doc.title.unionChair"
                            : "doc.title.principal", f.school().hasUnion() ? f.unionChair() : principal, false))
                    : Optional.empty();
            case COVER_LETTER -> Optional.of(slotOf(ref, null, record.map(r -> r.resolutionSentOn() != null
                            ? r.resolutionSentOn() : r.resolutionSignedOn()).orElse(null),
                    "documents.waiting.resolution", "doc.title.principal", principal, true));
        };
    }

    private Slot slotOf(DocumentRef ref, String departmentName, LocalDate naturalDate, String waitingKey,
                        String signerTitleKey, String defaultSigner, boolean dossier) {
        return new Slot(ref, departmentName, naturalDate, waitingKey, w.t(signerTitleKey),
                defaultSigner == null ? "" : defaultSigner, dossier, "doc.title.principal".equals(signerTitleKey),
                capacities(signerTitleKey));
    }

    /**
     * Who signs under each title: the head, or a deputy "KT."; the presidium's members; the department head for the
     * department's minutes; the union chair for the union's executive committee; the ballot count's head (a staff
     * member elected at the plenary). The secretary co-signs minutes under the recorded name and issues nothing.
     */
    static List<Role> capacities(String signerTitleKey) {
        return switch (signerTitleKey) {
            case "doc.title.principal" -> List.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL);
            case "doc.title.presiding", "doc.title.presidium" ->
                    List.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.UNION_CHAIR);
            case "doc.title.chair" -> List.of(Role.DEPARTMENT_HEAD);
            case "doc.title.unionChair" -> List.of(Role.UNION_CHAIR);
            case "doc.title.countHead" -> List.of(Role.STAFF);
            default -> throw new IllegalArgumentException(signerTitleKey);
        };
    }

    // ---- the documents ----

    /** A school without a union: every text that names the union's bodies names who took its roles instead. */
    OfficialDocument compose(Facts f, Slot slot, Issue issue) {
        return w.wordedFor(f.substitute(), () -> composeAsWorded(f, slot, issue));
    }

    private OfficialDocument composeAsWorded(Facts f, Slot slot, Issue issue) {
        DocumentRef ref = slot.ref();
        return switch (ref.kind()) {
            case PLAN -> plan(f, slot, issue);
            case INVITATION -> invitation(f, slot, issue);
            case DEPARTMENT_MINUTES -> departmentMinutes(f, slot, issue);
            case EMULATION_SUMMARY -> emulation(f, slot, issue);
            case PLENARY_MINUTES -> f.writtenBallot() ? ballotMinutes(f, slot, issue) : plenaryMinutes(f, slot, issue);
            case BALLOT_COUNT -> ballotCount(f, slot, issue);
            case RESOLUTION -> resolution(f, slot, issue);
            case WORKING_RULES -> workingRules(f, slot, issue);
            case BOARD_DECISION -> boardDecision(f, slot, issue);
            case COVER_LETTER -> coverLetter(f, slot, issue);
        };
    }

    /** Kế hoạch: the seed plan's sections, filled from the launch and the preparatory meeting. */
    private OfficialDocument plan(Facts f, Slot slot, Issue issue) {
        AssemblyInfo a = f.assembly();
        SchoolInfo s = f.school();
        String name = assemblyName(f);
        List<Block> b = new ArrayList<>();
        b.add(body(w.t("doc.basis.law")));
        // without a union: agreed with who took its roles
        b.add(body(w.t("doc.plan.basis.union")));
        b.add(body(w.t("doc.plan.basis.facts")));
        b.add(body(w.t("doc.plan.intro", s.name(), name)));
        b.add(heading(w.t("doc.plan.h.purpose")));
        for (int i = 1; i <= 4; i++) {
            b.add(item(w.t("doc.plan.purpose." + i)));
        }
        b.add(heading(w.t("doc.plan.h.content")));
        b.add(lead(w.t("doc.plan.timePlace"), ""));
        b.add(item(w.t("doc.plan.time", w.weekday(a.plenaryOn()), Texts.date(a.plenaryOn()))));
        b.add(item(w.t("doc.plan.place", s.name())));
        b.add(lead(w.t("doc.plan.participants"), ""));
        b.add(item(w.t("doc.plan.guests", s.bodyName())));
        b.add(item(a.mode() == AssemblyMode.FULL ? w.t("doc.plan.allStaff", a.staffCount())
                : w.t("doc.plan.delegates")));
        b.add(lead(w.t("doc.plan.presidium"), ""));
        int presidium = f.practice().presidiumSize();
        b.add(item(w.t("doc.plan.presidium.members", Words.number(presidium),
                presidium - 2 == 1 ? w.t("doc.plan.presidium.one") : Words.number(Math.max(1, presidium - 2)),
                presidiumVote(f))));
        b.add(item(w.t("doc.plan.presidium.secretaries")));
        b.add(lead(w.t("doc.plan.steps"), ""));
        MeetingDetail prep = f.preparatory().orElse(null);
        String committee = prep == null || prep.notes() == null || prep.notes().isBlank() ? ""
                : w.t("doc.plan.committee", oneLine(prep.notes()));
        b.add(lead(w.t("doc.plan.step.preparatory"), w.t("doc.plan.step.preparatory.text",
                Texts.date(prep == null ? a.preparatoryOn() : prep.heldOn()),
                prep == null ? "" : String.join(", ", prep.presentNames()), committee)));
        b.add(lead(w.t("doc.plan.step.keyStaff"), w.t("doc.plan.step.keyStaff.text", Texts.date(a.keyStaffOn()),
                a.electBoard() ? w.t("doc.plan.step.keyStaff.candidates") : "")));
        List<String> depts = f.departments().stream().filter(DepartmentInfo::active).map(DepartmentInfo::name).toList();
        b.add(lead(w.t("doc.plan.step.departments"), w.t("doc.plan.step.departments.text",
                Texts.date(a.groupMeetingsOn()), depts.size(), String.join(", ", depts))));
        b.add(lead(w.t("doc.plan.step.plenary"), w.t("doc.plan.step.plenary.text", Texts.date(a.plenaryOn()))));
        for (String point : programme(f)) {
            b.add(item(point));
        }
        b.add(lead(w.t("doc.plan.budget"), w.t("doc.plan.budget.text")));
        b.add(heading(w.t("doc.plan.h.organisation")));
        b.add(lead(w.t("doc.plan.assignments"), ""));
        for (DraftView d : f.overview().drafts()) {
            b.add(item(w.t("doc.plan.assignment", d.authorName(), w.t(d.kind().messageKey()),
                    Texts.date(d.dueOn()))));
        }
        b.add(item(w.t("doc.plan.assignment.invitations")));
        b.add(lead(w.t("doc.plan.after"), ""));
        b.add(item(w.t("doc.plan.after.resolution")));
        if (a.electBoard()) {
            b.add(item(w.t("doc.plan.after.board")));
        }
        b.add(item(w.t("doc.plan.after.dossier", s.bodyName(), Texts.date(a.filingDeadline()))));
        b.add(item(w.t("doc.plan.after.review")));
        b.add(body(w.t("doc.plan.closing", name, s.name())));
        return document(f, slot, issue, w.t("doc.type.plan"), w.t("doc.plan.subject", name), List.of(), b,
                List.of(w.t("doc.recipient.body.report", s.bodyName()), w.t("doc.recipient.union.cooperate"),
                        w.t("doc.recipient.departments"), w.t("doc.recipient.archive")));
    }

    /** The plenary's running order: the seed's 15 points, with the union's report the law requires (Art. 51(4)). */
    List<String> programme(Facts f) {
        List<String> points = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            String key = "doc.programme." + i;
            if (i == 10) {
                key = f.assembly().electBoard() ? key : "doc.programme.10.none";
            }
            if (i == 2) {
                points.add(w.t(key, presidiumVote(f)));
                continue;
            }
            if (i == 8) {
                // the school's share of the plenary for discussion (local practice; the seed's third)
                int share = f.practice().discussionSharePercent();
                points.add(w.t(key, share == 33 ? "1/3" : share + "%"));
                continue;
            }
            points.add(w.t(key, f.assembly().boardSeats() == null ? "" : Words.number(f.assembly().boardSeats())));
        }
        return points;
    }

    /** How the plenary elects its presidium and secretaries: the school's practice (the seed's show of hands). */
    private String presidiumVote(Facts f) {
        return w.t(f.practice().presidiumByShowOfHands() ? "doc.presidium.showOfHands" : "doc.presidium.ballot");
    }

    /** Giấy mời (Mẫu 1.7) to the guests of the plenary. */
    private OfficialDocument invitation(Facts f, Slot slot, Issue issue) {
        AssemblyInfo a = f.assembly();
        SchoolInfo s = f.school();
        List<Block> b = new ArrayList<>();
        b.add(body(w.t("doc.invitation.invites", s.name())));
        b.add(new Paragraph(w.t("doc.invitation.guest.body", s.bodyName()), "", Style.ITEM));
        b.add(new Paragraph(w.t("doc.invitation.guest.parents"), "", Style.ITEM));
        b.add(body(w.t("doc.invitation.to", assemblyName(f))));
        b.add(new Paragraph(w.t("doc.invitation.time"), w.t("doc.invitation.time.text", w.weekday(a.plenaryOn()),
                Texts.date(a.plenaryOn())), Style.ITEM));
        b.add(new Paragraph(w.t("doc.invitation.place"), w.t("doc.invitation.place.text", s.name()), Style.ITEM));
        b.add(body(w.t("doc.invitation.closing")));
        return document(f, slot, issue, w.t("doc.type.invitation"), w.t("doc.invitation.subject", assemblyName(f)),
                List.of(), b, List.of(w.t("doc.recipient.asAbove"), w.t("doc.recipient.archive")));
    }

    /** Biên bản hội nghị cấp tổ: attendance, results, targets, feedback on the drafts, emulation registrations. */
    private OfficialDocument departmentMinutes(Facts f, Slot slot, Issue issue) {
        MeetingDetail m = f.department(slot.ref().departmentId()).orElseThrow();
        String dept = slot.departmentName();
        String secretary = m.notes() == null ? "" : m.notes();
        List<Block> b = new ArrayList<>();
        b.add(body(w.t("doc.deptMinutes.opening", w.weekday(m.heldOn()), Texts.date(m.heldOn()), dept,
                assemblyName(f))));
        b.add(heading(w.t("doc.minutes.h.participants")));
        b.add(item(w.t("doc.deptMinutes.attendance", m.convened(), m.present(), m.absentNames().size(),
                absentees(m.absentNames()))));
        b.add(item(w.t("doc.deptMinutes.chair", slot.defaultSigner())));
        b.add(item(w.t("doc.deptMinutes.secretary", secretary)));
        b.add(heading(w.t("doc.minutes.h.content")));
        b.add(lead(w.t("doc.deptMinutes.results"), ""));
        lines(m.resultsSummary()).forEach(l -> b.add(body(l)));
        b.add(lead(w.t("doc.deptMinutes.targets"), ""));
        List<TargetRowView> targets = f.overview().targets().stream().filter(t -> dept.equals(t.departmentName()))
                .toList();
        if (targets.isEmpty()) {
            b.add(item(w.t("doc.none")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                rows.add(List.of(String.valueOf(i + 1), targets.get(i).description(), targets.get(i).value()));
            }
            b.add(new Table(List.of(w.t("doc.col.no"), w.t("doc.col.target"), w.t("doc.col.level")),
                    List.of(9, 66, 25), rows));
        }
        b.add(lead(w.t("doc.deptMinutes.feedback"), ""));
        List<ItemView> feedback = f.overview().departmentFeedback().stream()
                .filter(i -> dept.equals(i.departmentName())).toList();
        if (feedback.isEmpty()) {
            b.add(item(w.t("doc.none")));
        }
        for (ItemView i : feedback) {
            b.add(item(w.t("doc.feedback.item", i.draftKind() == null ? w.t("doc.feedback.general")
                    : w.t(i.draftKind().messageKey()), i.content())));
        }
        b.add(lead(w.t("doc.deptMinutes.emulation"), ""));
        List<RegistrationView> regs = f.overview().registrations().stream()
                .filter(r -> dept.equals(r.departmentName())).toList();
        List<List<String>> people = new ArrayList<>();
        for (RegistrationView r : regs) {
            if (r.staffName() != null) {
                people.add(List.of(String.valueOf(people.size() + 1), r.staffName(), r.title()));
            }
        }
        if (!people.isEmpty()) {
            b.add(new Table(List.of(w.t("doc.col.no"), w.t("doc.col.name"), w.t("doc.col.title")),
                    List.of(9, 46, 45), people));
        }
        regs.stream().filter(r -> r.staffName() == null)
                .forEach(r -> b.add(item(w.t("doc.deptMinutes.collective", r.title()))));
        if (regs.isEmpty()) {
            b.add(item(w.t("doc.none")));
        }
        b.add(body(w.t("doc.deptMinutes.closing")));
        Header h = new Header(Words.upper(f.school().name()), Words.upper(dept), numberLine(f, slot, issue),
                placeDate(f, issue));
        return new OfficialDocument(title(slot), h, w.t("doc.type.minutes"),
                w.t("doc.deptMinutes.subject", f.year()), List.of(), b,
                List.of(new Signer(null, w.t("doc.title.secretary"), secretary),
                        signer(slot, issue)), List.of());
    }

    /** Biên bản hội nghị: attendance and quorum, presidium, reports, discussion and answers, every vote's counts. */
    private OfficialDocument plenaryMinutes(Facts f, Slot slot, Issue issue) {
        AssemblyInfo a = f.assembly();
        MeetingDetail m = f.lastPlenary().orElseThrow();
        PlenaryInfo record = f.overview().plenary().orElseThrow();
        List<Block> b = new ArrayList<>();
        b.add(body(w.t("doc.plenary.opening", w.weekday(m.heldOn()), Texts.date(m.heldOn()), f.school().name(),
                assemblyName(f))));
        b.add(heading(w.t("doc.plenary.h.participants")));
        failedConvocations(f).forEach(b::add);
        b.add(item(w.t(a.mode() == AssemblyMode.FULL ? "doc.plenary.convened.full" : "doc.plenary.convened.delegates",
                m.convened())));
        b.add(item(w.t("doc.plenary.present", m.present(), Words.percent(m.present(), m.convened()),
                m.absentNames().isEmpty() ? Math.max(0, m.convened() - m.present()) : m.absentNames().size(),
                absentees(m.absentNames()))));
        b.add(item(w.t("doc.plenary.quorum", AssemblyRules.quorumNeeded(m.convened()))));
        b.add(item(w.t("doc.plenary.presidium", nullToEmpty(record.presidium()), presidiumVote(f))));
        b.add(item(w.t("doc.plenary.secretaries", nullToEmpty(record.secretaries()))));
        if (record.countingCommittee() != null) {
            b.add(item(w.t("doc.plenary.countingCommittee", record.countingCommittee())));
        }
        b.add(heading(w.t("doc.plenary.h.proceedings")));
        b.add(lead(w.t("doc.plenary.reports"), ""));
        for (DraftView d : f.overview().drafts()) {
            if (d.kind() != DraftKind.BOARD_CANDIDATES) {
                b.add(item(w.t("doc.plenary.report", w.t(d.kind().messageKey()), d.authorName())));
            }
        }
        b.add(lead(w.t("doc.plenary.discussion"), ""));
        List<DiscussionInfo> discussion = f.overview().discussion();
        if (discussion.isEmpty()) {
            b.add(item(w.t("doc.plenary.discussion.none")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < discussion.size(); i++) {
                DiscussionInfo d = discussion.get(i);
                rows.add(List.of(String.valueOf(i + 1), d.speaker(), d.question(), nullToEmpty(d.answer())));
            }
            b.add(new Table(List.of(w.t("doc.col.no"), w.t("doc.col.speaker"), w.t("doc.col.question"),
                    w.t("doc.col.answer")), List.of(8, 24, 34, 34), rows));
        }
        b.add(lead(w.t("doc.plenary.answers"), ""));
        List<ItemView> points = f.overview().consolidated();
        if (points.isEmpty()) {
            b.add(item(w.t("doc.none")));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                ItemView p = points.get(i);
                rows.add(List.of(String.valueOf(i + 1), p.content(),
                        p.answerMode() == null ? "" : w.t(p.answerMode().messageKey()), nullToEmpty(p.answer())));
            }
            b.add(new Table(List.of(w.t("doc.col.no"), w.t("doc.col.point"), w.t("doc.col.answerMode"),
                    w.t("doc.col.answer")), List.of(8, 40, 20, 32), rows));
        }
        b.add(lead(w.t("doc.plenary.votes"), w.t("doc.plenary.votes.base", m.present())));
        b.add(votesTable(f.overview().votes()));
        amendedTexts(f).forEach(b::add);
        f.overview().election().ifPresent(e -> {
            b.add(lead(w.t("doc.plenary.election"), w.t("doc.plenary.election.text", electedList(f))));
        });
        b.add(body(w.t("doc.plenary.closing")));
        String secretary = firstName(record.secretaries());
        return document(f, slot, issue, w.t("doc.type.minutes"), assemblyName(f), List.of(), b, List.of(),
                List.of(new Signer(null, w.t("doc.title.secretary"), secretary),
                        signer(slot, issue)));
    }

    /**
     * The day the minutes can be written before the resolution is adopted: the last count of a sitting (or of a
     * written ballot) that did not adopt it, so the minutes say so with the counts. Null before any count.
     */
    private static LocalDate lastCountedOn(Facts f) {
        List<VoteInfo> votes = f.overview().votes();
        if (votes.isEmpty()) {
            return null;
        }
        VoteInfo last = votes.get(votes.size() - 1);
        if (last.subject() == vn.hoinghi.assembly.VoteSubject.BALLOT_RESOLUTION) {
            return last.recordedAt().toLocalDate();
        }
        return f.lastPlenary().map(MeetingDetail::heldOn).orElse(last.recordedAt().toLocalDate());
    }

    /** After two convocations without quorum the resolution went to all staff in writing (Art. 50(2)). */
    private OfficialDocument ballotMinutes(Facts f, Slot slot, Issue issue) {
        PlenaryInfo record = f.overview().plenary().orElseThrow();
        List<Block> b = new ArrayList<>();
        LocalDate counted = record.resolutionAdoptedOn() != null ? record.resolutionAdoptedOn() : lastCountedOn(f);
        b.add(body(w.t("doc.ballot.opening", Texts.date(counted), f.school().name(), f.year())));
        b.add(heading(w.t("doc.ballot.h.reason")));
        failedConvocations(f).forEach(b::add);
        b.add(body(w.t("doc.ballot.reason")));
        b.add(heading(w.t("doc.ballot.h.result")));
        b.add(votesTable(f.overview().votes()));
        amendedTexts(f).forEach(b::add);
        b.add(body(w.t("doc.ballot.threshold")));
        return document(f, slot, issue, w.t("doc.type.minutes"), w.t("doc.ballot.subject", f.year()), List.of(), b,
                List.of(), List.of(new Signer(w.t("doc.authority.union"), w.t("doc.title.unionChair"), f.unionChair()),
                        signer(slot, issue)));
    }

    /**
     * Biên bản kiểm phiếu: the counting committee; for each round its seats, ballots issued, received, valid and
     * invalid, and every candidate's votes (a tie at the last seat goes to a second round among the tied); who
     * is elected. Signed by the committee's head.
     */
    private OfficialDocument ballotCount(Facts f, Slot slot, Issue issue) {
        BoardElectionInfo e = f.overview().election().orElseThrow();
        int convened = f.lastPlenary().map(MeetingDetail::convened).orElse(e.attending());
        List<CandidateRow> candidates = f.overview().candidates();
        List<ElectionRoundInfo> rounds = f.overview().electionRounds();
        String committee = f.overview().plenary().map(PlenaryInfo::countingCommittee).orElse(null);
        List<Block> b = new ArrayList<>();
        b.add(body(w.t("doc.count.opening", w.weekday(e.heldOn()), Texts.date(e.heldOn()), assemblyName(f),
                f.school().name())));
        if (committee != null) {
            b.add(item(w.t("doc.count.committee", committee)));
        }
        b.add(heading(w.t("doc.count.h.result")));
        b.add(item(w.t("doc.count.seats", f.assembly().boardSeats(), candidates.size())));
        b.add(item(w.t("doc.count.attendance", convened, e.attending())));
        if (rounds.isEmpty()) {
            b.add(item(w.t("doc.count.issued", e.ballotsIssued(), e.ballotsReceived())));
            b.add(item(w.t("doc.count.valid", e.ballotsValid(), e.ballotsInvalid())));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                CandidateRow c = candidates.get(i);
                int votes = c.votes() == null ? 0 : c.votes();
                rows.add(List.of(String.valueOf(i + 1), c.fullName(), String.valueOf(votes),
                        Words.percent(votes, e.attending()),
                        w.t(c.elected() ? "doc.count.elected" : "doc.count.notElected")));
            }
            b.add(countTable(rows));
        }
        for (ElectionRoundInfo round : rounds) {
            if (rounds.size() > 1) {
                b.add(lead(w.t("doc.count.round", round.round(), round.seatsOpen()), ""));
            }
            b.add(item(w.t("doc.count.issued", round.ballotsIssued(), round.ballotsReceived())));
            b.add(item(w.t("doc.count.valid", round.ballotsValid(), round.ballotsInvalid())));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < round.votes().size(); i++) {
                PlenaryService.RoundVoteView v = round.votes().get(i);
                rows.add(List.of(String.valueOf(i + 1), v.fullName(), String.valueOf(v.votes()),
                        Words.percent(v.votes(), round.attending()), w.t(v.elected() ? "doc.count.elected"
                                : v.tied() ? "doc.count.tied" : "doc.count.notElected")));
            }
            b.add(countTable(rows));
            if (round.outcome() != ElectionRound.Outcome.COMPLETE) {
                b.add(body(w.t(round.outcome() == ElectionRound.Outcome.TIE ? "doc.count.tieNext"
                        : "doc.count.tooFewNext", round.round() + 1)));
            }
        }
        b.add(heading(w.t("doc.count.h.elected")));
        b.add(body(w.t("doc.count.rule", AssemblyRules.majorityNeeded(e.attending()), Words.number(e.seats()))));
        List<CandidateRow> elected = electedSorted(candidates);
        for (int i = 0; i < elected.size(); i++) {
            CandidateRow c = elected.get(i);
            b.add(item(w.t("doc.count.electedItem", i + 1, c.fullName(), c.votes(),
                    Words.percent(c.votes(), e.attending()))));
        }
        b.add(body(w.t("doc.count.closing")));
        String signer = issue.signerName() == null || issue.signerName().isBlank() ? firstName(committee)
                : issue.signerName();
        return document(f, slot, issue, w.t("doc.type.countMinutes"), w.t("doc.count.subject", f.school().name(),
                term(e)), List.of(), b, List.of(), List.of(new Signer(w.t("doc.authority.count"), slot.signerTitle(),
                signer)));
    }

    private Table countTable(List<List<String>> rows) {
        return new Table(List.of(w.t("doc.col.no"), w.t("doc.col.name"), w.t("doc.col.votes"), w.t("doc.col.share"),
                w.t("doc.col.result")), List.of(8, 40, 16, 18, 18), rows);
    }

    /** Nghị quyết (Mẫu 1.1): adopted by more than half of those attending, signed for the presidium. */
    private OfficialDocument resolution(Facts f, Slot slot, Issue issue) {
        PlenaryInfo record = f.overview().plenary().orElseThrow();
        SchoolInfo s = f.school();
        String name = assemblyName(f);
        List<Block> b = new ArrayList<>();
        b.add(centerBold(Words.upper(w.t("doc.resolution.authority", s.name()))));
        b.add(body(w.t("doc.basis.law")));
        b.add(body(f.issued(DocumentRef.of(DocumentKind.PLAN))
                .map(p -> w.t("doc.resolution.basis.planNumbered", p.getSymbol(), Texts.date(p.getSignedOn()),
                        s.name(), name))
                .orElseGet(() -> w.t("doc.resolution.basis.plan", name, s.name()))));
        if (f.writtenBallot()) {
            b.add(body(w.t("doc.resolution.basis.ballot", Texts.date(record.resolutionAdoptedOn()))));
        } else {
            MeetingDetail m = f.lastPlenary().orElseThrow();
            b.add(body(w.t("doc.resolution.basis.plenary", Texts.date(m.heldOn()), m.present(), m.convened())));
        }
        b.add(centerBold(w.t("doc.resolution.resolves")));
        int article = 1;
        b.add(new Paragraph(w.t("doc.article", article++), w.t("doc.resolution.adopts"), Style.BODY));
        lines(record.resolutionText()).forEach(l -> b.add(item(l)));
        b.add(new Paragraph(w.t("doc.article", article++), w.t("doc.resolution.votes"), Style.BODY));
        for (VoteInfo v : f.overview().votes().stream().filter(VoteInfo::passed).toList()) {
            b.add(item(w.t("doc.resolution.vote", voteLabel(v), v.votesFor(), v.baseCount(),
                    Words.percent(v.votesFor(), v.baseCount()), v.votesAgainst(), v.abstentions())));
        }
        if (f.overview().election().isPresent()) {
            b.add(new Paragraph(w.t("doc.article", article++), w.t("doc.resolution.board",
                    term(f.overview().election().get()), electedList(f)), Style.BODY));
        }
        b.add(new Paragraph(w.t("doc.article", article), w.t("doc.resolution.execution"), Style.BODY));
        b.add(body(w.t("doc.resolution.adoptedOn", name, s.name(), Texts.date(record.resolutionAdoptedOn()))));
        Signer signer = f.writtenBallot() ? signer(slot, issue)
                : new Signer(slot.signerTitle(), null, issue.signerName());
        return document(f, slot, issue, w.t("doc.type.resolution"), name, List.of(), b,
                List.of(w.t("doc.recipient.body.report", s.bodyName()), w.t("doc.recipient.partyUnion"),
                        w.t("doc.recipient.departments"), w.t("doc.recipient.archive")), List.of(signer));
    }

    /** Quy chế làm việc: the regulations draft as the assembly discussed it. */
    private OfficialDocument workingRules(Facts f, Slot slot, Issue issue) {
        DraftView d = f.draft(DraftKind.REGULATIONS).orElseThrow();
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(null, w.t("doc.rules.note", assemblyName(f),
                Texts.date(f.overview().plenary().orElseThrow().resolutionAdoptedOn())), Style.CENTER_ITALIC));
        lines(rulesText(f.overview().plenary().orElseThrow(), d)).forEach(l -> b.add(body(l)));
        return document(f, slot, issue, w.t("doc.type.rules"), w.t("doc.rules.subject", f.school().name(), f.year()),
                List.of(), b, List.of(w.t("doc.recipient.body", f.school().bodyName()),
                        w.t("doc.recipient.departments"), w.t("doc.recipient.archive")));
    }

    /** The union's decision recognising the election (Decree 59/2023 Art. 21(1)), in the union's format. */
    private OfficialDocument boardDecision(Facts f, Slot slot, Issue issue) {
        BoardElectionInfo e = f.overview().election().orElseThrow();
        SchoolInfo s = f.school();
        List<CandidateRow> elected = electedSorted(f.overview().candidates());
        List<Block> b = new ArrayList<>();
        b.add(centerBold(Words.upper(w.t(s.hasUnion() ? "doc.decision.authority.union" : "doc.decision.authority.school",
                s.name()))));
        b.add(body(w.t("doc.basis.law")));
        b.add(body(w.t("doc.decision.basis.decree")));
        b.add(body(f.issued(DocumentRef.of(DocumentKind.BALLOT_COUNT))
                .map(c -> w.t("doc.decision.basis.countNumbered", c.getSymbol(), assemblyName(f), Texts.date(e.heldOn())))
                .orElseGet(() -> w.t("doc.decision.basis.count", assemblyName(f), Texts.date(e.heldOn())))));
        if (!s.hasUnion()) {
            b.add(body(w.t("doc.decision.basis.substitute", f.unionChair().isBlank() ? f.substitute()
                    : f.substitute() + " " + f.unionChair())));
        }
        b.add(centerBold(w.t("doc.decision.decides")));
        b.add(new Paragraph(w.t("doc.article", 1), w.t("doc.decision.article1", s.name(), term(e),
                Words.number(elected.size())), Style.BODY));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < elected.size(); i++) {
            CandidateRow c = elected.get(i);
            rows.add(List.of(String.valueOf(i + 1), c.fullName(), String.valueOf(c.votes()),
                    Words.percent(c.votes(), e.attending())));
        }
        b.add(new Table(List.of(w.t("doc.col.no"), w.t("doc.col.name"), w.t("doc.col.votes"), w.t("doc.col.share")),
                List.of(10, 50, 20, 20), rows));
        b.add(new Paragraph(w.t("doc.article", 2), w.t("doc.decision.article2"), Style.BODY));
        b.add(new Paragraph(w.t("doc.article", 3), w.t(s.hasUnion() ? "doc.decision.article3.union"
                : "doc.decision.article3.school"), Style.BODY));
        Header h = s.hasUnion()
                ? new Header(Words.upper(s.name()), w.t("doc.union.issuer"), numberLine(f, slot, issue), placeDate(f, issue))
                : header(f, slot, issue);
        Signer signer = s.hasUnion() ? new Signer(w.t("doc.authority.union"), slot.signerTitle(), issue.signerName())
                : signer(slot, issue);
        return new OfficialDocument(title(slot), h, w.t("doc.type.decision"), w.t("doc.decision.subject", term(e)),
                List.of(), b, List.of(signer), List.of(w.t("doc.recipient.asArticle3"), w.t("doc.recipient.principal"),
                w.t(s.hasUnion() ? "doc.recipient.archiveUnion" : "doc.recipient.archive")));
    }

    /** Bảng tổng hợp đăng ký thi đua: collective and individual titles, and each department's targets. */
    private OfficialDocument emulation(Facts f, Slot slot, Issue issue) {
        List<RegistrationView> regs = f.overview().registrations();
        List<Block> b = new ArrayList<>();
        b.add(body(w.t("doc.emulation.intro", Texts.date(f.assembly().groupMeetingsOn()), f.school().name(),
                f.year())));
        b.add(heading(w.t("doc.emulation.h.collective")));
        List<List<String>> collective = new ArrayList<>();
        regs.stream().filter(r -> r.staffName() == null).forEach(r -> collective.add(
                List.of(String.valueOf(collective.size() + 1), nullToEmpty(r.departmentName()), r.title())));
        b.add(collective.isEmpty() ? item(w.t("doc.none")) : new Table(List.of(w.t("doc.col.no"),
                w.t("doc.col.collective"), w.t("doc.col.title")), List.of(10, 45, 45), collective));
        b.add(heading(w.t("doc.emulation.h.individual")));
        List<List<String>> people = new ArrayList<>();
        regs.stream().filter(r -> r.staffName() != null).forEach(r -> people.add(List.of(
                String.valueOf(people.size() + 1), r.staffName(), nullToEmpty(r.departmentName()), r.title())));
        b.add(people.isEmpty() ? item(w.t("doc.none")) : new Table(List.of(w.t("doc.col.no"), w.t("doc.col.name"),
                w.t("doc.col.department"), w.t("doc.col.title")), List.of(8, 32, 28, 32), people));
        b.add(heading(w.t("doc.emulation.h.totals")));
        Set<String> titles = new LinkedHashSet<>();
        regs.stream().filter(r -> r.staffName() != null).forEach(r -> titles.add(r.title()));
        for (String t : titles) {
            long n = regs.stream().filter(r -> r.staffName() != null && t.equals(r.title())).count();
            b.add(item(w.t("doc.emulation.count", t, n)));
        }
        b.add(item(w.t("doc.emulation.total", people.size(), collective.size())));
        b.add(heading(w.t("doc.emulation.h.targets")));
        List<List<String>> targets = new ArrayList<>();
        f.overview().targets().forEach(t -> targets.add(List.of(String.valueOf(targets.size() + 1),
                nullToEmpty(t.departmentName()), t.description(), t.value())));
        b.add(targets.isEmpty() ? item(w.t("doc.none")) : new Table(List.of(w.t("doc.col.no"),
                w.t("doc.col.department"), w.t("doc.col.target"), w.t("doc.col.level")), List.of(8, 27, 45, 20),
                targets));
        return document(f, slot, issue, w.t("doc.type.report"), w.t("doc.emulation.subject", f.year()), List.of(), b,
                List.of(w.t("doc.recipient.body", f.school().bodyName()), w.t("doc.recipient.emulationCouncil"),
                        w.t("doc.recipient.archive")));
    }

    /** Công văn (Mẫu 1.5) sending the dossier: it cites the number and date of every piece. */
    private OfficialDocument coverLetter(Facts f, Slot slot, Issue issue) {
        SchoolInfo s = f.school();
        String name = assemblyName(f);
        List<Block> b = new ArrayList<>();
        Optional<MeetingDetail> m = f.lastPlenary();
        b.add(body(w.t("doc.letter.held", Texts.date(f.assembly().plenaryOn()), s.name(), name,
                m.filter(x -> !f.writtenBallot()).map(x -> w.t("doc.letter.attendance", x.present(), x.convened()))
                        .orElse(""))));
        b.add(body(w.t("doc.letter.sends", s.name(), s.bodyName())));
        int i = 1;
        for (DocumentKind kind : DOSSIER) {
            if (kind == DocumentKind.COVER_LETTER) {
                continue;
            }
            DocumentRef ref = DocumentRef.of(kind);
            if (kind == DocumentKind.WORKING_RULES && f.draft(DraftKind.REGULATIONS).isEmpty()) {
                continue;
            }
            int n = i++;
            b.add(item(f.issued(ref)
                    .map(d -> w.t("doc.letter.piece", n, w.t("doc.piece." + kind.name()), d.getSymbol(),
                            Texts.date(d.getSignedOn())))
                    .orElseGet(() -> w.t("doc.letter.pieceUnsigned", n, w.t("doc.piece." + kind.name())))));
        }
        b.add(body(w.t("doc.letter.copies")));
        b.add(body(w.t("doc.letter.closing", s.bodyName())));
        return document(f, slot, issue, null, w.t("doc.letter.subject", name), List.of(w.t("doc.letter.to",
                s.bodyName())), b, List.of(w.t("doc.recipient.asAbove"), w.t("doc.recipient.archive")));
    }

    // ---- parts ----

    private OfficialDocument document(Facts f, Slot slot, Issue issue, String typeName, String subject,
                                      List<String> addressees, List<Block> body, List<String> recipients) {
        return document(f, slot, issue, typeName, subject, addressees, body, recipients,
                List.of(signer(slot, issue)));
    }

    private OfficialDocument document(Facts f, Slot slot, Issue issue, String typeName, String subject,
                                      List<String> addressees, List<Block> body, List<String> recipients,
                                      List<Signer> signers) {
        return new OfficialDocument(title(slot), header(f, slot, issue), typeName, subject, addressees, body, signers,
                recipients);
    }

    /** The signature block: the title the document is signed under, or "KT." when a deputy signs for the head. */
    Signer signer(Slot slot, Issue issue) {
        if (issue.onBehalf()) {
            return new Signer(w.t("doc.authority.onBehalfPrincipal"), w.t("doc.title.vicePrincipal"),
                    issue.signerName());
        }
        return new Signer(null, slot.signerTitle(), issue.signerName());
    }

    private String title(Slot slot) {
        return w.t(slot.ref().kind().messageKey()) + (slot.departmentName() == null ? "" : " – " + slot.departmentName());
    }

    /** The superior body over the school, in capitals, with the usual abbreviations ("UBND XÃ HỒNG HÀ"). */
    Header header(Facts f, Slot slot, Issue issue) {
        return new Header(superior(f.school().bodyName()), Words.upper(f.school().name()), numberLine(f, slot, issue),
                placeDate(f, issue));
    }

    static String superior(String bodyName) {
        String up = Words.upper(bodyName);
        for (String[] abbreviation : new String[][]{{"ỦY BAN NHÂN DÂN", "UBND"}, {"UỶ BAN NHÂN DÂN", "UBND"},
                {"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ GD&ĐT"}}) {
            if (up.startsWith(abbreviation[0])) {
                return abbreviation[1] + up.substring(abbreviation[0].length());
            }
        }
        return up;
    }

    /** "Số: 12/KH-TH&THCSHH"; a công văn has no type ("Số: 15/TH&THCSHH"); blank until signed. */
    String numberLine(Facts f, Slot slot, Issue issue) {
        String number = issue.number() == null ? BLANK_NUMBER : Words.number(issue.number());
        return w.t("doc.numberLine", number + "/" + symbolSuffix(f, slot.ref().kind()));
    }

    static String symbolSuffix(Facts f, DocumentKind kind) {
        if (kind.abbreviation() == null) {
            return f.school().shortCode();
        }
        if (kind == DocumentKind.BOARD_DECISION && f.school().hasUnion()) {
            return kind.abbreviation() + "-CĐCS";
        }
        return kind.abbreviation() + "-" + f.school().shortCode();
    }

    private String placeDate(Facts f, Issue issue) {
        return f.school().placeName() + ", " + w.longDate(issue.date());
    }

    String assemblyName(Facts f) {
        return w.t(f.assembly().kind() == AssemblyKind.EXTRAORDINARY ? "doc.assemblyName.extraordinary"
                : "doc.assemblyName.regular", f.year());
    }

    private List<Block> failedConvocations(Facts f) {
        List<Block> list = new ArrayList<>();
        for (MeetingDetail m : f.plenaries()) {
            if (Boolean.FALSE.equals(m.quorumReached())) {
                list.add(item(w.t("doc.plenary.failed", m.convocation(), Texts.date(m.heldOn()), m.present(),
                        m.convened(), m.notes() == null || m.notes().isBlank() ? ""
                                : w.t("doc.plenary.failed.reason", oneLine(m.notes())))));
            }
            if (m.continuedOn() != null) {
                list.add(item(w.t("doc.plenary.continued", Texts.date(m.heldOn()), Texts.date(m.continuedOn()),
                        m.continuationReason() == null ? "" : w.t("doc.plenary.failed.reason",
                                oneLine(m.continuationReason())))));
            }
        }
        return list;
    }

    /** The amended texts put to a second or later vote, each with its round: what the minutes keep of them. */
    private List<Block> amendedTexts(Facts f) {
        List<Block> list = new ArrayList<>();
        for (VoteInfo v : f.overview().votes()) {
            if (v.round() > 1 && v.votedText() != null) {
                list.add(item(w.t("doc.plenary.amended", voteLabel(v), oneLine(v.votedText()),
                        w.t(v.passed() ? "doc.vote.passed" : "doc.vote.notPassed"))));
            }
        }
        return list;
    }

    /** The working rules as the plenary adopted them; the draft's text when the session recorded none. */
    private static String rulesText(PlenaryInfo record, DraftView draft) {
        return record.rulesText() != null && !record.rulesText().isBlank() ? record.rulesText()
                : draft.latestContent();
    }

    private Table votesTable(List<VoteInfo> votes) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            VoteInfo v = votes.get(i);
            rows.add(List.of(String.valueOf(i + 1), voteLabel(v), String.valueOf(v.votesFor()),
                    String.valueOf(v.votesAgainst()), String.valueOf(v.abstentions()),
                    Words.percent(v.votesFor(), v.baseCount()),
                    w.t(v.passed() ? "doc.vote.passed" : "doc.vote.notPassed")));
        }
        return new Table(List.of(w.t("doc.col.no"), w.t("doc.col.voteSubject"), w.t("doc.col.for"),
                w.t("doc.col.against"), w.t("doc.col.abstain"), w.t("doc.col.forShare"), w.t("doc.col.result")),
                List.of(8, 30, 11, 12, 12, 12, 15), rows);
    }

    private String voteLabel(VoteInfo v) {
        return w.t(v.subject().messageKey()) + (v.label() == null ? "" : " – " + v.label())
                + (v.round() > 1 ? " " + w.t("doc.vote.round", v.round()) : "");
    }

    private String electedList(Facts f) {
        List<String> names = new ArrayList<>();
        for (CandidateRow c : electedSorted(f.overview().candidates())) {
            names.add(w.t("doc.electedName", c.fullName(), c.votes()));
        }
        return String.join(", ", names);
    }

    private static List<CandidateRow> electedSorted(List<CandidateRow> candidates) {
        return candidates.stream().filter(CandidateRow::elected)
                .sorted((x, y) -> Integer.compare(y.votes() == null ? 0 : y.votes(), x.votes() == null ? 0 : x.votes()))
                .toList();
    }

    /** The board's two-year term, from the year of the election ("2023 - 2025"). */
    private static String term(BoardElectionInfo e) {
        int from = e.heldOn().getYear();
        return from + " - " + (from + SchoolRecords.BOARD_TERM_YEARS);
    }

    private String absentees(List<String> names) {
        return names.isEmpty() ? "" : w.t("doc.absentees", String.join(", ", names));
    }

    private static String firstName(String list) {
        if (list == null) {
            return "";
        }
        return Arrays.stream(list.split("[;,\\n]")).map(String::strip).filter(x -> !x.isEmpty()).findFirst().orElse("");
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String oneLine(String text) {
        return String.join("; ", lines(text));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Paragraph body(String text) {
        return new Paragraph(null, text, Style.BODY);
    }

    private static Paragraph heading(String text) {
        return new Paragraph(null, text, Style.HEADING);
    }

    private static Paragraph item(String text) {
        return new Paragraph(null, text, Style.ITEM);
    }

    private static Paragraph lead(String lead, String text) {
        return new Paragraph(lead, text, Style.BODY);
    }

    private static Paragraph centerBold(String text) {
        return new Paragraph(null, text, Style.CENTER_BOLD);
    }
}
