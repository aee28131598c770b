package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A body's year-end conference, one per school year: the plan's facts and the lists only the planner edits
 * (categories, programme, award batches); assignments, bridge points and nominations are rows of their own
 * because many people update them at once.
 */
@Entity
class Conference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long supervisingBodyId;
    String schoolYear;
    String title;
    String purpose;
    LocalDate heldOn;
    LocalTime startsAt;
    String place;
    String issuePlace;
    @Enumerated(EnumType.STRING)
    ConferenceFormat format = ConferenceFormat.IN_PERSON;
    String chair;
    String budgetSource;
    int inPersonTotal;
    LocalDate nominationDeadline;
    @Enumerated(EnumType.STRING)
    ConferenceStatus status = ConferenceStatus.DRAFT;
    String processInstanceId;
    String submittedBy;
    String approvedBy;
    String returnNote;
    boolean awardsHanded;
    String dayNotes;
    String summary;
    @Version
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conference_category", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    List<Category> categories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "conference_programme_item", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    List<ProgrammeItem> programme = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "conference_award_batch", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    List<AwardBatch> batches = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "conference_level_date", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    List<LevelDate> levelDates = new ArrayList<>();

    protected Conference() {
    }

    Conference(long bodyId, String schoolYear, String title) {
        this.supervisingBodyId = bodyId;
        this.schoolYear = schoolYear;
        this.title = title;
    }

    /** A group of participants in the hall: planned count, and the count that came. */
    @Embeddable
    static class Category {
        @Enumerated(EnumType.STRING)
        CategoryGroup groupKind;
        String name;
        @Enumerated(EnumType.STRING)
        CategorySource source;
        int expected;
        Integer attended;
        /** At most this many from one school (a base category); null: only the planned count caps them. */
        Integer perSchool;

        protected Category() {
        }

        Category(CategoryGroup group, String name, CategorySource source, int expected, Integer perSchool) {
            this.groupKind = group;
            this.name = name;
            this.source = source;
            this.expected = expected;
            this.perSchool = perSchool;
        }

        /** The schools name their own delegates for the categories drawn from the base. */
        boolean namedBySchools() {
            return groupKind == CategoryGroup.BASE;
        }
    }

    /** The date (and host) of one school level's own conference after the body's (seed 003: THCS on 23/8). */
    @Embeddable
    static class LevelDate {
        @Enumerated(EnumType.STRING)
        @jakarta.persistence.Column(name = "school_level")
        vn.hoinghi.school.SchoolLevel level;
        LocalDate heldOn;
        String place;

        protected LevelDate() {
        }

        LevelDate(vn.hoinghi.school.SchoolLevel level, LocalDate heldOn, String place) {
            this.level = level;
            this.heldOn = heldOn;
            this.place = place;
        }
    }

    @Embeddable
    static class ProgrammeItem {
        LocalTime startsAt;
        LocalTime endsAt;
        String title;
        String performer;

        protected ProgrammeItem() {
        }

        ProgrammeItem(LocalTime startsAt, LocalTime endsAt, String title, String performer) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            this.title = title;
            this.performer = performer;
        }
    }

    @Embeddable
    static class AwardBatch {
        String name;
        @Enumerated(EnumType.STRING)
        RecipientKind recipientKind;

        protected AwardBatch() {
        }

        AwardBatch(String name, RecipientKind kind) {
            this.name = name;
            this.recipientKind = kind;
        }
    }
}
