package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.hoinghi.school.SchoolLevel;

/**
 * The conference plan as the planner edits it: the facts and every list, in one object the form binds to and the
 * service checks whole (PlanRules), so nothing is saved half.
 */
public class PlanForm {

    private String title;
    private String purpose;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private String place;
    private String issuePlace;
    private ConferenceFormat format = ConferenceFormat.IN_PERSON;
    private String chair;
    private String budgetSource;
    private Integer inPersonTotal;
    private LocalDate nominationDeadline;
    private List<CategoryRow> categories = new ArrayList<>();
    private List<ProgrammeRow> programme = new ArrayList<>();
    private List<AssignmentRow> assignments = new ArrayList<>();
    private List<BatchRow> batches = new ArrayList<>();
    private List<BridgePointRow> bridgePoints = new ArrayList<>();
    private List<LevelDateRow> levelDates = new ArrayList<>();

    public static class CategoryRow {
        private CategoryGroup group = CategoryGroup.GUEST;
        private String name;
        private CategorySource source = CategorySource.TYPED;
        private Integer expected;
        private Integer perSchool;

        public CategoryRow() {
        }

        public CategoryRow(CategoryGroup group, String name, CategorySource source, Integer expected,
                           Integer perSchool) {
            this(group, name, source, expected);
            this.perSchool = perSchool;
        }

        public CategoryRow(CategoryGroup group, String name, CategorySource source, Integer expected) {
            this.group = group;
            this.name = name;
            this.source = source;
            this.expected = expected;
        }

        public CategoryGroup getGroup() { return group; }
        public void setGroup(CategoryGroup group) { this.group = group; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public CategorySource getSource() { return source; }
        public void setSource(CategorySource source) { this.source = source; }
        public Integer getExpected() { return expected; }
        public void setExpected(Integer expected) { this.expected = expected; }
        public Integer getPerSchool() { return perSchool; }
        public void setPerSchool(Integer perSchool) { this.perSchool = perSchool; }
    }

    /** A school level's own conference: the date, and where (a host school, seed 003). */
    public static class LevelDateRow {
        private SchoolLevel level;
        private LocalDate heldOn;
        private String place;

        public LevelDateRow() {
        }

        public LevelDateRow(SchoolLevel level, LocalDate heldOn, String place) {
            this.level = level;
            this.heldOn = heldOn;
            this.place = place;
        }

        public SchoolLevel getLevel() { return level; }
        public void setLevel(SchoolLevel level) { this.level = level; }
        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
    }

    public static class ProgrammeRow {
        private LocalTime startsAt;
        private LocalTime endsAt;
        private String title;
        private String performer;

        public ProgrammeRow() {
        }

        public ProgrammeRow(LocalTime startsAt, LocalTime endsAt, String title, String performer) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            this.title = title;
            this.performer = performer;
        }

        public LocalTime getStartsAt() { return startsAt; }
        public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
        public LocalTime getEndsAt() { return endsAt; }
        public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getPerformer() { return performer; }
        public void setPerformer(String performer) { this.performer = performer; }
    }

    public static class AssignmentRow {
        private String unit;
        private String duty;
        private String owner;
        private LocalDate dueOn;

        public AssignmentRow() {
        }

        public AssignmentRow(String unit, String duty, String owner, LocalDate dueOn) {
            this.unit = unit;
            this.duty = duty;
            this.owner = owner;
            this.dueOn = dueOn;
        }

        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getDuty() { return duty; }
        public void setDuty(String duty) { this.duty = duty; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    }

    public static class BatchRow {
        private String name;
        private RecipientKind recipientKind = RecipientKind.COLLECTIVE;

        public BatchRow() {
        }

        public BatchRow(String name, RecipientKind recipientKind) {
            this.name = name;
            this.recipientKind = recipientKind;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public RecipientKind getRecipientKind() { return recipientKind; }
        public void setRecipientKind(RecipientKind recipientKind) { this.recipientKind = recipientKind; }
    }

    public static class BridgePointRow {
        private String name;
        private Long schoolId;
        private String host;
        private String contactName;
        private String contactPhone;
        private String participants;

        public BridgePointRow() {
        }

        public BridgePointRow(String name, Long schoolId, String host, String contactName, String contactPhone,
                              String participants) {
            this.name = name;
            this.schoolId = schoolId;
            this.host = host;
            this.contactName = contactName;
            this.contactPhone = contactPhone;
            this.participants = participants;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Long getSchoolId() { return schoolId; }
        public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public String getContactName() { return contactName; }
        public void setContactName(String contactName) { this.contactName = contactName; }
        public String getContactPhone() { return contactPhone; }
        public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
        public String getParticipants() { return participants; }
        public void setParticipants(String participants) { this.participants = participants; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getIssuePlace() { return issuePlace; }
    public void setIssuePlace(String issuePlace) { this.issuePlace = issuePlace; }
    public ConferenceFormat getFormat() { return format; }
    public void setFormat(ConferenceFormat format) { this.format = format; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getBudgetSource() { return budgetSource; }
    public void setBudgetSource(String budgetSource) { this.budgetSource = budgetSource; }
    public Integer getInPersonTotal() { return inPersonTotal; }
    public void setInPersonTotal(Integer inPersonTotal) { this.inPersonTotal = inPersonTotal; }
    public LocalDate getNominationDeadline() { return nominationDeadline; }
    public void setNominationDeadline(LocalDate nominationDeadline) { this.nominationDeadline = nominationDeadline; }
    public List<CategoryRow> getCategories() { return categories; }
    public void setCategories(List<CategoryRow> categories) { this.categories = categories; }
    public List<ProgrammeRow> getProgramme() { return programme; }
    public void setProgramme(List<ProgrammeRow> programme) { this.programme = programme; }
    public List<AssignmentRow> getAssignments() { return assignments; }
    public void setAssignments(List<AssignmentRow> assignments) { this.assignments = assignments; }
    public List<BatchRow> getBatches() { return batches; }
    public void setBatches(List<BatchRow> batches) { this.batches = batches; }
    public List<BridgePointRow> getBridgePoints() { return bridgePoints; }
    public void setBridgePoints(List<BridgePointRow> bridgePoints) { this.bridgePoints = bridgePoints; }
    public List<LevelDateRow> getLevelDates() { return levelDates; }
    public void setLevelDates(List<LevelDateRow> levelDates) { this.levelDates = levelDates; }
}
