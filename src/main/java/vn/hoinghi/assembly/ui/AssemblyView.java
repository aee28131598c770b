package vn.hoinghi.assembly.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.AssemblyQueries.CandidateRow;
import vn.hoinghi.assembly.AssemblyQueries.HistoryRow;
import vn.hoinghi.assembly.AssemblyQueries.MeetingRow;
import vn.hoinghi.assembly.AssemblyQueries.OpenTaskRow;
import vn.hoinghi.assembly.AssemblyQueries.Overview;
import vn.hoinghi.assembly.AssemblyQueries.RegistrationView;
import vn.hoinghi.assembly.AssemblyQueries.StageRow;
import vn.hoinghi.assembly.AssemblyQueries.TargetRowView;
import vn.hoinghi.assembly.DiscussionInfo;
import vn.hoinghi.assembly.FeedbackService.ItemView;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.assembly.Vote;
import vn.hoinghi.shared.AssemblyTabProvider;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ProcessDiagrams;
import vn.hoinghi.tasks.ui.ProcessPicture;

/** One assembly: the stages with planned and actual dates, who did what and when, everything entered. */
@Route(value = "assembly/:assemblyId", layout = MainLayout.class)
@PermitAll
public class AssemblyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final vn.hoinghi.assembly.PreparationService preparation;
    private final AssemblyQueries queries;
    private final List<AssemblyTabProvider> extraTabs;
    private final ProcessDiagrams diagrams;
    private String title = "";

    public AssemblyView(AssemblyQueries queries, List<AssemblyTabProvider> extraTabs,
                        vn.hoinghi.assembly.PreparationService preparation, ProcessDiagrams diagrams) {
        this.preparation = preparation;
        this.diagrams = diagrams;
        this.queries = queries;
        this.extraTabs = extraTabs;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("assemblyId").orElse(""));
        } catch (NumberFormatException e) {
            throw new vn.hoinghi.shared.BusinessRuleException("error.notFound");
        }
        Overview o = queries.overview(id);
        title = getTranslation("assembly.title", o.assembly().schoolYear());
        removeAll();
        add(new H2(title + " – " + o.school().name()));
        add(new Paragraph(getTranslation("assembly.summary", getTranslation("assemblyKind." + o.assembly().kind()),
                getTranslation("assemblyMode." + o.assembly().mode()), o.assembly().staffCount(),
                getTranslation(o.assembly().stage().messageKey()))));
        add(stepper(o.stages()));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("assembly.tab.progress"), progress(o));
        com.vaadin.flow.component.orderedlayout.VerticalLayout drafts =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout();
        drafts.setPadding(false);
        tabs.add(getTranslation("assembly.tab.drafts"), drafts);
        drafts.add(grid(o.drafts(), List.of(
                col("preparatory.draftKind", d -> getTranslation(d.kind().messageKey())),
                col("preparatory.author", DraftView::authorName),
                col("preparatory.dueOn", d -> Texts.date(d.dueOn())),
                col("assembly.status", d -> getTranslation(d.status().messageKey())),
                col("assembly.versions", d -> String.valueOf(d.versions())),
                col("keyStaff.comment", d -> FormSupport.orEmpty(d.reviewComment())))),
                DraftTexts.of(this, preparation, id, preparation.draftsToRead(id)));
        tabs.add(getTranslation("assembly.tab.meetings"), meetings(o));
        tabs.add(getTranslation("assembly.tab.feedback"), feedback(o));
        tabs.add(getTranslation("assembly.tab.plenary"), plenary(o));
        if (o.assembly().electBoard()) {
            tabs.add(getTranslation("assembly.tab.board"), board(o));
        }
        tabs.add(getTranslation("assembly.tab.dossier"), dossier(o));
        for (AssemblyTabProvider extra : extraTabs) {
            tabs.add(getTranslation(extra.tabLabelKey()), extra.create(id));
        }
        add(tabs);
    }

    private Component stepper(List<StageRow> stages) {
        Div box = new Div();
        box.addClassName("stepper");
        for (StageRow s : stages) {
            Div step = new Div();
            step.addClassName("step");
            if (s.done()) {
                step.addClassName("done");
            }
            if (s.current()) {
                step.addClassName("current");
            }
            step.add(new Span((s.done() ? "✓ " : "") + getTranslation(s.stage().messageKey())));
            Span dates = new Span(getTranslation("assembly.planned", Texts.date(s.planned()))
                    + (s.actual() == null ? "" : " · " + getTranslation("assembly.actual", Texts.date(s.actual()))));
            dates.addClassName("step-dates");
            step.add(dates);
            box.add(step);
        }
        return box;
    }

    private Component progress(Overview o) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (o.assembly().processInstanceId() != null) {
            box.add(new ProcessPicture(diagrams, o.assembly().processInstanceId()));
        }
        box.add(new H3(getTranslation("assembly.openTasks")));
        box.add(grid(o.openTasks(), List.of(
                col("assembly.task", OpenTaskRow::name),
                col("assembly.who", t -> t.who() == null ? getTranslation("assembly.unclaimed") : t.who()),
                col("assembly.due", t -> Texts.dateTime(t.dueDate())))));
        box.add(new H3(getTranslation("assembly.history")));
        box.add(grid(o.history(), List.of(
                col("assembly.task", HistoryRow::taskName),
                col("assembly.who", HistoryRow::who),
                col("assembly.when", h -> Texts.dateTime(h.when())))));
        return box;
    }

    private Component meetings(Overview o) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(grid(o.meetings(), List.of(
                col("assembly.meeting", m -> getTranslation(m.kind().messageKey())
                        + (m.departmentName() == null ? "" : " – " + m.departmentName())
                        + (m.convocation() > 1 ? " (" + getTranslation("checkIn.convocation", m.convocation()) + ")" : "")),
                col("meeting.heldOn", m -> Texts.date(m.heldOn())),
                col("assembly.attendance", m -> m.present() + "/" + m.convened()),
                col("assembly.quorum", m -> m.quorumReached() == null ? ""
                        : getTranslation(m.quorumReached() ? "assembly.quorumYes" : "assembly.quorumNo")),
                col("department.results", m -> FormSupport.orEmpty(m.resultsSummary())),
                col("meeting.notes", m -> FormSupport.orEmpty(m.notes())))));
        box.add(new H3(getTranslation("department.targets")));
        box.add(grid(o.targets(), List.of(
                col("consolidate.department", TargetRowView::departmentName),
                col("department.targetDescription", TargetRowView::description),
                col("department.targetValue", TargetRowView::value))));
        box.add(new H3(getTranslation("department.registrations")));
        box.add(grid(o.registrations(), List.of(
                col("consolidate.department", RegistrationView::departmentName),
                col("department.member", r -> r.staffName() == null ? getTranslation("assembly.collective") : r.staffName()),
                col("department.title", RegistrationView::title))));
        return box;
    }

    private Component feedback(Overview o) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("consolidate.fromDepartments")));
        box.add(grid(o.departmentFeedback(), List.of(
                col("consolidate.department", ItemView::departmentName),
                col("department.feedbackOn", i -> i.draftKind() == null ? getTranslation("department.general")
                        : getTranslation(i.draftKind().messageKey())),
                col("department.feedbackContent", ItemView::content))));
        box.add(new H3(getTranslation("consolidate.points")));
        box.add(grid(o.consolidated(), List.of(
                col("department.feedbackContent", ItemView::content),
                col("answer.mode", i -> i.answerMode() == null ? "" : getTranslation(i.answerMode().messageKey())),
                col("answer.text", i -> FormSupport.orEmpty(i.answer())))));
        return box;
    }

    private Component plenary(Overview o) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        o.plenary().ifPresent(p -> {
            if (p.writtenBallot()) {
                box.add(new Paragraph(getTranslation("assembly.byBallot")));
            } else {
                box.add(new Paragraph(getTranslation("session.presidium") + ": " + FormSupport.orEmpty(p.presidium())));
                box.add(new Paragraph(getTranslation("session.secretaries") + ": " + FormSupport.orEmpty(p.secretaries())));
            }
        });
        box.add(new H3(getTranslation("session.votes")));
        box.add(grid(o.votes(), List.of(
                col("session.voteSubject", v -> getTranslation(v.subject().messageKey())
                        + (v.label() == null ? "" : " – " + v.label())),
                col("assembly.base", v -> String.valueOf(v.baseCount())),
                col("vote.for", v -> String.valueOf(v.votesFor())),
                col("vote.against", v -> String.valueOf(v.votesAgainst())),
                col("vote.abstain", v -> String.valueOf(v.abstentions())),
                col("assembly.result", v -> getTranslation(v.passed() ? "vote.passed" : "vote.notPassed")))));
        box.add(new H3(getTranslation("session.discussion")));
        box.add(grid(o.discussion(), List.of(
                col("session.speaker", DiscussionInfo::speaker),
                col("session.question", DiscussionInfo::question),
                col("session.answer", d -> FormSupport.orEmpty(d.answer())))));
        o.plenary().ifPresent(p -> {
            Pre text = new Pre(FormSupport.orEmpty(p.resolutionText()));
            text.getStyle().set("white-space", "pre-wrap");
            String signed = p.resolutionSignedOn() == null ? getTranslation("assembly.notSigned")
                    : getTranslation("assembly.signed", Texts.date(p.resolutionSignedOn()), Texts.date(p.resolutionSentOn()));
            box.add(new Details(getTranslation("review.resolution") + " – " + signed, text));
        });
        return box;
    }

    private Component board(Overview o) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        o.election().ifPresent(e -> box.add(new Paragraph(getTranslation("assembly.election", e.attending(),
                e.ballotsIssued(), e.ballotsReceived(), e.ballotsValid(), e.ballotsInvalid(),
                Texts.date(e.recognitionDue()),
                e.recognizedOn() == null ? "—" : Texts.date(e.recognizedOn())))));
        o.election().filter(e -> e.recognitionLate()).ifPresent(e -> {
            Span late = new Span(getTranslation("assembly.recognitionLate", Texts.date(e.recognitionDue()),
                    e.recognitionLateReason() == null ? "—" : e.recognitionLateReason()));
            late.addClassNames("rule-bad", "recognition-late");
            box.add(late);
        });
        box.add(grid(o.candidates(), List.of(
                col("keyStaff.candidate", CandidateRow::fullName),
                col("election.votes", c -> c.votes() == null ? "" : String.valueOf(c.votes())),
                col("assembly.elected", c -> c.elected() ? "✓" : ""),
                col("assembly.position", c -> c.position() == null ? "" : getTranslation(c.position().messageKey())))));
        return box;
    }

    private Component dossier(Overview o) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        var d = o.dossier();
        box.add(new Paragraph(getTranslation("dossier.deadline", Texts.date(d.deadline()))));
        box.add(new Paragraph(getTranslation("assemblies.dossier") + ": " + getTranslation(d.status().messageKey())));
        if (d.submittedOn() != null) {
            box.add(new Paragraph(getTranslation("dossier.submittedOn") + ": " + Texts.date(d.submittedOn())));
        }
        if (d.returnReason() != null) {
            box.add(new Paragraph(getTranslation("dossier.returnedWith", d.returnReason())));
        }
        o.plenary().filter(r -> r.newsPostedOn() != null).ifPresent(r -> box.add(new Paragraph(
                getTranslation("assembly.newsPosted", Texts.date(r.newsPostedOn()), r.newsLink()))));
        o.sixMonthReview().ifPresent(r -> box.add(new Paragraph(getTranslation("assembly.sixMonth",
                Texts.date(r.reviewedOn()), r.findings()))));
        return box;
    }

    private record Col<T>(String headerKey, Function<T, String> value) {
    }

    private static <T> Col<T> col(String headerKey, Function<T, String> value) {
        return new Col<>(headerKey, value);
    }

    private <T> Grid<T> grid(List<T> items, List<Col<T>> cols) {
        Grid<T> grid = new Grid<>();
        for (Col<T> c : cols) {
            grid.addColumn(c.value()::apply).setHeader(getTranslation(c.headerKey())).setAutoWidth(true)
                    .setResizable(true);
        }
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("assembly.nothingYet"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
