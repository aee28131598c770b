package vn.hoinghi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hoinghi.assembly.AnswerMode;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.BoardPosition;
import vn.hoinghi.assembly.DossierStatus;
import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.DraftStatus;
import vn.hoinghi.assembly.MeetingKind;
import vn.hoinghi.assembly.Stage;
import vn.hoinghi.assembly.VoteSubject;
import vn.hoinghi.calendar.HolidayKind;
import vn.hoinghi.documents.DocumentKind;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.Gender;
import vn.hoinghi.school.Position;
import vn.hoinghi.school.RosterColumn;
import vn.hoinghi.security.Role;
import vn.hoinghi.supervision.FilingState;
import vn.hoinghi.supervision.OutboxStatus;

/**
 * Every message key the code uses exists in the Vietnamese bundle and in the English one, so a missing key
 * fails the build instead of showing "!key". The official documents' own text (doc.*) is Vietnamese only:
 * the documents are issued in Vietnamese (Decree 30/2020/NĐ-CP).
 */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources");
    /** A string literal that looks like a key: dotted, starting lower case. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    /** The start of a key built at run time: "prefix." + something. */
    private static final Pattern PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.)\"\\s*\\+");

    /** Every key prefix the code completes at run time, with the keys it can make. */
    private static final Map<String, Supplier<List<String>>> BUILT_KEYS = Map.ofEntries(
            Map.entry("bodyRole.", () -> keys("bodyRole.", vn.hoinghi.security.BodyRole.values())),
            Map.entry("position.", () -> keys("position.", Position.values())),
            Map.entry("diagram.state.", () -> keys("diagram.state.",
                    vn.hoinghi.tasks.ProcessDiagrams.StepState.values())),
            Map.entry("audit.action.", () -> keys("audit.action.", vn.hoinghi.audit.AuditAction.values())),
            Map.entry("gender.", () -> keys("gender.", Gender.values())),
            Map.entry("settings.bodyKind.", () -> keys("settings.bodyKind.", BodyKind.values())),
            Map.entry("bodyKind.", () -> keys("bodyKind.", BodyKind.values())),
            Map.entry("schoolLevel.", () -> keys("schoolLevel.", vn.hoinghi.school.SchoolLevel.values())),
            Map.entry("doc.conference.level.", () -> keys("doc.conference.level.", vn.hoinghi.school.SchoolLevel.values())),
            Map.entry("schools.column.", () -> keys("schools.column.", vn.hoinghi.school.SchoolColumn.values())),
            Map.entry("roster.column.", () -> keys("roster.column.", RosterColumn.values())),
            Map.entry("filingState.", () -> keys("filingState.", FilingState.values())),
            Map.entry("outbox.status.", () -> keys("outbox.status.", OutboxStatus.values())),
            Map.entry("boardPosition.", () -> keys("boardPosition.", BoardPosition.values())),
            Map.entry("assemblyKind.", () -> keys("assemblyKind.", AssemblyKind.values())),
            Map.entry("requestedBy.", () -> keys("requestedBy.", vn.hoinghi.assembly.RequestedBy.values())),
            Map.entry("assemblyMode.", () -> keys("assemblyMode.", AssemblyMode.values())),
            Map.entry("meetingKind.", () -> keys("meetingKind.", MeetingKind.values())),
            Map.entry("voteSubject.", () -> keys("voteSubject.", VoteSubject.values())),
            Map.entry("electionOutcome.", () -> keys("electionOutcome.", vn.hoinghi.assembly.ElectionRound.Outcome.values())),
            Map.entry("stage.", () -> keys("stage.", Stage.values())),
            Map.entry("departmentStatus.", () -> keys("departmentStatus.",
                    vn.hoinghi.assembly.DepartmentStatus.values())),
            Map.entry("draft.", () -> keys("draft.", DraftKind.values())),
            Map.entry("dossierStatus.", () -> keys("dossierStatus.", DossierStatus.values())),
            Map.entry("draftStatus.", () -> keys("draftStatus.", DraftStatus.values())),
            Map.entry("answerMode.", () -> keys("answerMode.", AnswerMode.values())),
            Map.entry("holidayKind.", () -> Stream.concat(keys("holidayKind.", HolidayKind.values()).stream(),
                    keys("holidayKind.", HolidayKind.values()).stream().map(k -> k + ".hint")).toList()),
            Map.entry("holidays.weekday.", () -> keys("holidays.weekday.", DayOfWeek.values())),
            Map.entry("role.", () -> keys("role.", Role.values())),
            Map.entry("documentKind.", () -> keys("documentKind.", DocumentKind.values())),
            // the dossier's pieces, as the cover letter lists them (itself excepted)
            Map.entry("doc.piece.", () -> MessageKeysTest.<List<DocumentKind>>constant("vn.hoinghi.documents.Composer",
                    "DOSSIER").stream().filter(k -> k != DocumentKind.COVER_LETTER).map(k -> "doc.piece." + k.name())
                    .toList()),
            Map.entry("doc.weekday.", () -> keys("doc.weekday.", DayOfWeek.values())),
            // the loops in Composer: four purposes of the plan, the fifteen points of the programme
            Map.entry("doc.plan.purpose.", () -> IntStream.rangeClosed(1, 4).mapToObj(i -> "doc.plan.purpose." + i)
                    .toList()),
            Map.entry("doc.programme.", () -> IntStream.rangeClosed(1, 15).mapToObj(i -> "doc.programme." + i)
                    .toList()),
            // the body's year-end conference (issue 12)
            Map.entry("conference.conferenceFormat.", () -> keys("conference.conferenceFormat.",
                    vn.hoinghi.conference.ConferenceFormat.values())),
            Map.entry("conference.conferenceStatus.", () -> keys("conference.conferenceStatus.",
                    vn.hoinghi.conference.ConferenceStatus.values())),
            Map.entry("conference.categoryGroup.", () -> keys("conference.categoryGroup.",
                    vn.hoinghi.conference.CategoryGroup.values())),
            Map.entry("conference.categorySource.", () -> keys("conference.categorySource.",
                    vn.hoinghi.conference.CategorySource.values())),
            Map.entry("conference.recipientKind.", () -> keys("conference.recipientKind.",
                    vn.hoinghi.conference.RecipientKind.values())),
            Map.entry("conference.nominationStatus.", () -> keys("conference.nominationStatus.",
                    vn.hoinghi.conference.NominationStatus.values())),
            Map.entry("conference.docKind.", () -> keys("conference.docKind.",
                    vn.hoinghi.conference.ConferenceDocKind.values())),
            Map.entry("doc.conference.format.", () -> keys("doc.conference.format.",
                    vn.hoinghi.conference.ConferenceFormat.values())),
            Map.entry("doc.conference.group.", () -> keys("doc.conference.group.",
                    vn.hoinghi.conference.CategoryGroup.values())),
            // the inbox's views, due filters and sorts (issue 13)
            Map.entry("inbox.scope.", () -> keys("inbox.scope.", vn.hoinghi.tasks.TaskFilter.Scope.values())),
            Map.entry("inbox.due.filter.", () -> keys("inbox.due.filter.", vn.hoinghi.tasks.TaskFilter.Due.values())),
            Map.entry("inbox.sort.", () -> keys("inbox.sort.", vn.hoinghi.tasks.TaskFilter.Sort.values())),
            Map.entry("mail.subject.", () -> MessageKeysTest.<Set<String>>constant("vn.hoinghi.supervision.MailOutbox",
                    "MAILED").stream().map(k -> "mail.subject." + k).toList()));

    private static Set<String> vietnamese;
    private static Set<String> english;
    private static Set<String> namespaces;

    @BeforeAll
    static void loadBundles() throws IOException {
        vietnamese = new TreeSet<>();
        english = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(BUNDLES)) {
            all.filter(f -> f.getFileName().toString().endsWith(".properties"))
                    .filter(f -> f.getFileName().toString().startsWith("messages") || f.getParent().endsWith("i18n"))
                    .forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(2);
        for (Path file : files) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String name = file.getFileName().toString();
            (name.endsWith("_en.properties") ? english : vietnamese).addAll(p.stringPropertyNames());
        }
        namespaces = new TreeSet<>();
        vietnamese.forEach(k -> namespaces.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
    }

    @Test
    void every_key_used_in_the_code_is_in_the_vietnamese_and_the_english_bundle() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Use use : uses(KEY)) {
            if (namespaces.contains(namespace(use.text()))) {
                missing.addAll(check(use.text(), use.where()));
            }
        }
        for (Use use : uses(PREFIX)) {
            if (!namespaces.contains(namespace(use.text()))) {
                continue;
            }
            Supplier<List<String>> built = BUILT_KEYS.get(use.text());
            if (built == null) {
                missing.add(use.where() + ": key built from \"" + use.text() + "\" at run time; declare its keys"
                        + " in MessageKeysTest.BUILT_KEYS");
                continue;
            }
            for (String key : built.get()) {
                missing.addAll(check(key, use.where()));
            }
        }
        assertThat(missing).as("message keys missing from a bundle").isEmpty();
    }

    @Test
    void the_english_bundle_translates_every_vietnamese_key_and_has_no_others() {
        Set<String> untranslated = new TreeSet<>(vietnamese);
        untranslated.removeAll(english);
        untranslated.removeIf(MessageKeysTest::vietnameseOnly);
        Set<String> englishOnly = new TreeSet<>(english);
        englishOnly.removeAll(vietnamese);
        assertThat(untranslated).as("keys without an English text").isEmpty();
        assertThat(englishOnly).as("English keys without a Vietnamese text").isEmpty();
    }

    private record Use(String text, String where) {
    }

    private static List<Use> uses(Pattern pattern) throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = pattern.matcher(lines.get(i));
                    while (m.find()) {
                        uses.add(new Use(m.group(1), SOURCES.relativize(file) + ":" + (i + 1)));
                    }
                }
            }
        }
        return uses;
    }

    private static List<String> check(String key, String where) {
        List<String> missing = new ArrayList<>();
        if (!vietnamese.contains(key)) {
            missing.add(where + ": " + key + " (Vietnamese)");
        }
        if (!vietnameseOnly(key) && !english.contains(key)) {
            missing.add(where + ": " + key + " (English)");
        }
        return missing;
    }

    private static boolean vietnameseOnly(String key) {
        return key.startsWith("doc.");
    }

    private static String namespace(String key) {
        return key.substring(0, key.indexOf('.'));
    }

    private static List<String> keys(String prefix, Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> prefix + c.name()).toList();
    }

    /** A package-private constant of another module, read where it is declared so the test cannot drift. */
    @SuppressWarnings("unchecked")
    private static <T> T constant(String className, String field) {
        try {
            java.lang.reflect.Field f = Class.forName(className).getDeclaredField(field);
            f.setAccessible(true);
            return (T) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
