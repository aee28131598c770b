package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoinghi.conference.Conference.Category;
import vn.hoinghi.conference.Conference.ProgrammeItem;
import vn.hoinghi.documents.render.DocxRenderer;
import vn.hoinghi.documents.render.Labels;
import vn.hoinghi.documents.render.OfficialDocument;
import vn.hoinghi.documents.render.OfficialDocument.Block;
import vn.hoinghi.documents.render.OfficialDocument.Header;
import vn.hoinghi.documents.render.OfficialDocument.Paragraph;
import vn.hoinghi.documents.render.OfficialDocument.Signer;
import vn.hoinghi.documents.render.OfficialDocument.Style;
import vn.hoinghi.documents.render.OfficialDocument.Table;
import vn.hoinghi.school.BodyDirectory.BodyInfo;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.Texts;

/**
 * Writes the conference's documents in the Decree 30/2020 layout from its data (the plan follows seed 003's
 * sections) with the documents module's renderers, and gives numbers from the body's own register.
 */
@Component
class ConferenceDocuments {

    static final Locale VI = AppI18NProvider.VIETNAMESE;
    private static final String BLANK_NUMBER = "\u00a0".repeat(7);

    /** What the document needs beyond the conference: its body, the lists, the number once signed. */
    record Context(Conference conference, BodyInfo body, List<Assignment> assignments, List<BridgePoint> bridgePoints,
                   Map<Long, String> schoolNames, List<Nomination> accepted, String planSymbol,
                   List<Delegate> delegates) {
    }

    /** The number (null while a draft), the date shown, the signer. */
    record Issue(Integer number, LocalDate date, String signerName, String signerTitle) {
    }

    private final AppI18NProvider i18n;
    private final BodyRegisterRepository registers;
    private final TransactionTemplate ownTransaction;
    private final PdfAndDocx renderers;

    record PdfAndDocx(vn.hoinghi.documents.render.PdfRenderer pdf, DocxRenderer docx) {
    }

    ConferenceDocuments(AppI18NProvider i18n, BodyRegisterRepository registers, PlatformTransactionManager tm) {
        this.i18n = i18n;
        this.registers = registers;
        this.ownTransaction = new TransactionTemplate(tm);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Labels labels = new Labels(t("doc.nation"), t("doc.motto"), t("doc.recipients"), t("doc.letterPrefix"));
        this.renderers = new PdfAndDocx(new vn.hoinghi.documents.render.PdfRenderer(labels), new DocxRenderer(labels));
    }

    byte[] pdf(OfficialDocument doc) {
        return renderers.pdf().render(doc);
    }

    byte[] docx(OfficialDocument doc) {
        return renderers.docx().render(doc);
    }

    /** The next number of the body's register for the year; the row is locked while it is taken. */
    int next(long bodyId, int year) {
        BodyRegister register = registers.findBySupervisingBodyIdAndIssueYear(bodyId, year).orElse(null);
        if (register == null) {
            try {
                ownTransaction.executeWithoutResult(s -> registers.saveAndFlush(new BodyRegister(bodyId, year)));
            } catch (DataIntegrityViolationException e) {
                // opened meanwhile by someone signing at the same moment
            }
            register = registers.findBySupervisingBodyIdAndIssueYear(bodyId, year).orElseThrow();
        }
        return register.next();
    }

    static String symbolSuffix(BodyInfo body, ConferenceDocKind kind) {
        String issuer = switch (body.kind()) {
            case COMMUNE_PEOPLES_COMMITTEE -> "UBND";
            case PROVINCIAL_DEPARTMENT_OF_EDUCATION -> "SGDĐT";
            case OTHER -> body.code() == null || body.code().isBlank() ? "CQ" : body.code().toUpperCase(VI);
        };
        return kind.abbreviation() + "-" + issuer;
    }

    String symbol(BodyInfo body, ConferenceDocKind kind, int number) {
        return two(number) + "/" + symbolSuffix(body, kind);
    }

    /** The signer's default title: the head of the body. */
    String defaultSignerTitle(BodyInfo body) {
        return body.kind() == BodyKind.PROVINCIAL_DEPARTMENT_OF_EDUCATION ? t("doc.conference.director")
                : t("doc.conference.chairman");
    }

    // ---- the documents ----

    OfficialDocument plan(Context c, Issue issue) {
        Conference f = c.conference();
        List<Block> b = new ArrayList<>();
        b.add(body(t("doc.conference.plan.intro", c.body().name(), f.title)));
        b.add(heading(t("doc.conference.plan.purpose")));
        lines(f.purpose).forEach(l -> b.add(item(l)));
        b.add(heading(t("doc.conference.plan.timePlace")));
        b.add(item(t("doc.conference.plan.time", when(f))));
        if (f.format != ConferenceFormat.ONLINE) {
            b.add(item(t("doc.conference.plan.place", f.place)));
        }
        b.add(item(t("doc.conference.plan.format", t("doc.conference.format." + f.format.name()))));
        b.add(item(t("doc.conference.plan.chair", f.chair)));
        b.add(heading(t("doc.conference.plan.participants")));
        b.add(item(t("doc.conference.plan.inPerson", f.inPersonTotal)));
        b.add(categoryTable(f.categories));
        if (!c.bridgePoints().isEmpty()) {
            b.add(item(t("doc.conference.plan.online", c.bridgePoints().size())));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (BridgePoint p : c.bridgePoints()) {
                rows.add(List.of(String.valueOf(n++), p.name, p.host, p.contactName + " (" + p.contactPhone + ")",
                        orEmpty(p.participants)));
            }
            b.add(new Table(List.of(t("doc.conference.col.no"), t("doc.conference.col.bridgePoint"),
                    t("doc.conference.col.host"), t("doc.conference.col.contact"),
                    t("doc.conference.col.participants")), List.of(7, 25, 22, 23, 23), rows));
        }
        b.add(heading(t("doc.conference.plan.programme")));
        b.add(programmeTable(f.programme));
        if (!f.batches.isEmpty()) {
            b.add(heading(t("doc.conference.plan.awards")));
            for (int i = 0; i < f.batches.size(); i++) {
                b.add(item(t("doc.conference.batch", i + 1, f.batches.get(i).name)));
            }
            b.add(body(t("doc.conference.plan.nominateBy", Texts.date(f.nominationDeadline))));
        }
        b.add(heading(t("doc.conference.plan.budget")));
        b.add(body(orEmpty(f.budgetSource)));
        b.add(heading(t("doc.conference.plan.organisation")));
        Map<String, List<Assignment>> byUnit = new LinkedHashMap<>();
        c.assignments().forEach(a -> byUnit.computeIfAbsent(a.unit, u -> new ArrayList<>()).add(a));
        int unitNo = 1;
        for (Map.Entry<String, List<Assignment>> e : byUnit.entrySet()) {
            b.add(new Paragraph(unitNo++ + ". " + e.getKey(), "", Style.BODY));
            e.getValue().forEach(a -> b.add(item("- " + t("doc.conference.plan.duty", a.duty, Texts.date(a.dueOn)))));
        }
        if (!f.levelDates.isEmpty()) {
            // Seed 003, under the schools' duties: "Thời gian tổ chức HN tổng kết của các cấp học dự kiến như sau"
            b.add(new Paragraph(unitNo + ". " + t("doc.conference.plan.schools"), "", Style.BODY));
            b.add(item("- " + t("doc.conference.plan.levels")));
            for (Conference.LevelDate l : f.levelDates) {
                b.add(item("+ " + t(l.place == null ? "doc.conference.plan.level" : "doc.conference.plan.levelAt",
                        t("doc.conference.level." + l.level.name()), Texts.date(l.heldOn), l.place)));
            }
            b.add(item("- " + t("doc.conference.plan.reportOwnDate")));
        }
        b.add(body(t("doc.conference.plan.closing", c.body().name())));
        return new OfficialDocument(f.title, header(c, ConferenceDocKind.PLAN, issue), t("doc.conference.type.plan"),
                f.title, List.of(), b, List.of(signer(c, issue)),
                List.of(t("doc.conference.to.schools"), t("doc.conference.to.units"), t("doc.conference.to.archive")));
    }

    /** An invitation to one guest category (category = its index), or to every school (category = -1). */
    OfficialDocument invitation(Context c, int category, Issue issue) {
        Conference f = c.conference();
        String whom = category < 0 ? t("doc.conference.invite.schools") : f.categories.get(category).name;
        List<Block> b = new ArrayList<>();
        b.add(body(t("doc.conference.invite.intro", c.body().name())));
        b.add(new Paragraph(null, whom, Style.CENTER_BOLD));
        b.add(body(t("doc.conference.invite.attend", f.title)));
        b.add(item(t("doc.conference.plan.time", when(f))));
        if (f.format != ConferenceFormat.ONLINE) {
            b.add(item(t("doc.conference.plan.place", f.place)));
        }
        if (category < 0 && !c.bridgePoints().isEmpty()) {
            b.add(item(t("doc.conference.invite.bridge")));
        }
        if (category < 0) {
            // What each school sends, and by when it names them in its inbox.
            List<Category> base = f.categories.stream().filter(Category::namedBySchools).toList();
            if (!base.isEmpty()) {
                b.add(body(t("doc.conference.invite.delegates", Texts.date(f.nominationDeadline))));
                for (Category x : base) {
                    b.add(item("- " + (x.perSchool == null ? t("doc.conference.invite.delegateTotal", x.name, x.expected)
                            : t("doc.conference.invite.delegatePerSchool", x.name, x.perSchool))));
                }
            }
        }
        b.add(body(t("doc.conference.invite.closing")));
        return new OfficialDocument(f.title, header(c, ConferenceDocKind.INVITATION, issue),
                t("doc.conference.type.invitation"), t("doc.conference.invite.subject", f.title), List.of(), b,
                List.of(signer(c, issue)), List.of(t("doc.conference.to.invited"), t("doc.conference.to.archive")));
    }

    /** The programme sheet: not a numbered document, so its header has no number. */
    OfficialDocument programme(Context c) {
        Conference f = c.conference();
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(null, when(f) + (f.format != ConferenceFormat.ONLINE ? " – " + f.place : ""),
                Style.CENTER_ITALIC));
        b.add(programmeTable(f.programme));
        delegateAnnex(c, b);
        Header h = new Header(null, upper(c.body().name()), "", placeDate(f, f.heldOn));
        return new OfficialDocument(f.title, h, t("doc.conference.type.programme"), f.title, List.of(), b, List.of(),
                List.of());
    }

    /** The award decision, with the list of the accepted nominations annexed batch by batch. */
    OfficialDocument decision(Context c, Issue issue) {
        Conference f = c.conference();
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(null, upper(issue.signerTitle() == null ? defaultSignerTitle(c.body())
                : issue.signerTitle()) + " " + upper(c.body().name()), Style.CENTER_BOLD));
        b.add(body(t("doc.conference.decision.law")));
        b.add(body(t("doc.conference.decision.plan", c.planSymbol() == null ? "" : c.planSymbol(), f.title)));
        b.add(body(t("doc.conference.decision.proposal")));
        b.add(new Paragraph(null, t("doc.conference.decision.decides"), Style.CENTER_BOLD));
        b.add(new Paragraph(t("doc.conference.decision.article1"), t("doc.conference.decision.article1.text",
                c.accepted().size(), f.schoolYear), Style.BODY));
        b.add(new Paragraph(t("doc.conference.decision.article2"), t("doc.conference.decision.article2.text"),
                Style.BODY));
        b.add(new Paragraph(t("doc.conference.decision.article3"), t("doc.conference.decision.article3.text"),
                Style.BODY));
        b.add(new Paragraph(null, t("doc.conference.decision.annex"), Style.CENTER_BOLD));
        String number = issue.number() == null ? BLANK_NUMBER : two(issue.number());
        b.add(new Paragraph(null, t("doc.conference.decision.annexOf", number + "/"
                + symbolSuffix(c.body(), ConferenceDocKind.AWARD_DECISION), longDate(issue.date())), Style.CENTER_ITALIC));
        for (int i = 0; i < f.batches.size(); i++) {
            int batch = i;
            List<Nomination> in = c.accepted().stream().filter(n -> n.batchPosition == batch).toList();
            if (in.isEmpty()) {
                continue;
            }
            b.add(heading(t("doc.conference.batch", i + 1, f.batches.get(i).name)));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Nomination x : in) {
                rows.add(List.of(String.valueOf(n++), x.nominee, c.schoolNames().getOrDefault(x.schoolId, ""),
                        x.achievement));
            }
            b.add(new Table(List.of(t("doc.conference.col.no"), t("doc.conference.col.nominee"),
                    t("doc.conference.col.school"), t("doc.conference.col.achievement")), List.of(8, 30, 27, 35), rows));
        }
        return new OfficialDocument(f.title, header(c, ConferenceDocKind.AWARD_DECISION, issue),
                t("doc.conference.type.decision"), t("doc.conference.decision.subject", f.schoolYear), List.of(), b,
                List.of(signer(c, issue)), List.of(t("doc.conference.decision.to.article3"),
                        t("doc.conference.to.schools"), t("doc.conference.to.archive")));
    }

    /** The annexed list of the delegates the schools named, category by category (only those with anyone). */
    private void delegateAnnex(Context c, List<Block> b) {
        Conference f = c.conference();
        if (c.delegates().isEmpty()) {
            return;
        }
        b.add(new Paragraph(null, t("doc.conference.delegates.annex"), Style.CENTER_BOLD));
        for (int i = 0; i < f.categories.size(); i++) {
            int position = i;
            List<Delegate> in = c.delegates().stream().filter(d -> d.categoryPosition == position).toList();
            if (in.isEmpty()) {
                continue;
            }
            Category x = f.categories.get(i);
            b.add(heading(t("doc.conference.delegates.category", x.name, in.size(), x.expected)));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Delegate d : in) {
                rows.add(List.of(String.valueOf(n++), d.fullName, orEmpty(d.positionOrClass),
                        c.schoolNames().getOrDefault(d.schoolId, "")));
            }
            b.add(new Table(List.of(t("doc.conference.col.no"), t("doc.conference.col.fullName"),
                    t("doc.conference.col.positionOrClass"), t("doc.conference.col.school")), List.of(8, 32, 25, 35),
                    rows));
        }
    }

    // ---- parts ----

    private Header header(Context c, ConferenceDocKind kind, Issue issue) {
        String number = issue.number() == null ? BLANK_NUMBER : two(issue.number());
        return new Header(null, upper(c.body().name()), t("doc.numberLine", number + "/" + symbolSuffix(c.body(), kind)),
                placeDate(c.conference(), issue.date()));
    }

    private Signer signer(Context c, Issue issue) {
        String authority = c.body().kind() == BodyKind.COMMUNE_PEOPLES_COMMITTEE ? t("doc.conference.onBehalfCommittee")
                : null;
        String title = issue.signerTitle() == null || issue.signerTitle().isBlank() ? defaultSignerTitle(c.body())
                : issue.signerTitle();
        return new Signer(authority, upper(title), issue.signerName() == null ? "" : issue.signerName());
    }

    private Table categoryTable(List<Category> categories) {
        List<List<String>> rows = new ArrayList<>();
        for (CategoryGroup g : CategoryGroup.values()) {
            List<Category> in = categories.stream().filter(x -> x.groupKind == g).toList();
            if (in.isEmpty()) {
                continue;
            }
            rows.add(List.of("", t("doc.conference.group." + g.name()),
                    String.valueOf(in.stream().mapToInt(x -> x.expected).sum())));
            int n = 1;
            for (Category x : in) {
                rows.add(List.of(String.valueOf(n++), x.name, String.valueOf(x.expected)));
            }
        }
        return new Table(List.of(t("doc.conference.col.no"), t("doc.conference.col.category"),
                t("doc.conference.col.count")), List.of(10, 70, 20), rows);
    }

    private Table programmeTable(List<ProgrammeItem> items) {
        List<List<String>> rows = items.stream().map(p -> List.of(span(p.startsAt, p.endsAt), p.title,
                orEmpty(p.performer))).toList();
        return new Table(List.of(t("doc.conference.col.time"), t("doc.conference.col.item"),
                t("doc.conference.col.performer")), List.of(18, 52, 30), rows);
    }

    private String when(Conference f) {
        return t("doc.conference.when", hour(f.startsAt), longDate(f.heldOn),
                t("doc.weekday." + f.heldOn.getDayOfWeek().name()));
    }

    private String placeDate(Conference f, LocalDate date) {
        return (f.issuePlace == null || f.issuePlace.isBlank() ? "" : f.issuePlace + ", ") + longDate(date);
    }

    static String span(LocalTime from, LocalTime to) {
        return to == null ? hour(from) : hour(from) + " – " + hour(to);
    }

    /** "8h30", "8h00": the way the seeds write the hour. */
    static String hour(LocalTime time) {
        return time.getHour() + "h" + (time.getMinute() < 10 ? "0" : "") + time.getMinute();
    }

    String longDate(LocalDate d) {
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return t("doc.longDate", day, month, String.valueOf(d.getYear()));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static Paragraph heading(String text) {
        return new Paragraph(null, text, Style.HEADING);
    }

    private static Paragraph body(String text) {
        return new Paragraph(null, text, Style.BODY);
    }

    private static Paragraph item(String text) {
        return new Paragraph(null, text, Style.ITEM);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String upper(String s) {
        return s == null ? "" : s.toUpperCase(VI);
    }

    String t(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toArray();
        return i18n.getTranslation(key, VI, texts);
    }
}
