package vn.hoinghi.school.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.LocalPractice;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolSettingsForm;
import vn.hoinghi.school.SchoolSettingsService;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;

/**
 * The school's own settings: its supervising body (shown), its union or who stands in for it, the inspection
 * board's term (which decides whether the next assembly elects a board), and its local practice.
 */
@Route(value = "admin/settings", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class SchoolSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final SchoolSettingsService settings;
    private final SchoolDirectory directory;
    private final long schoolId;
    private final Binder<SchoolSettingsForm> binder = new Binder<>();
    private SchoolSettingsForm bean;

    final Checkbox hasUnion = new Checkbox();
    final ComboBox<StaffInfo> substitute = new ComboBox<>();
    final TextField substituteTitle = new TextField();
    final DatePicker boardElectedOn;
    final DatePicker boardTermEndsOn;
    final IntegerField presidiumSize = number();
    final IntegerField secretaryCount = number();
    final IntegerField boardUnionExecutives = number();
    final IntegerField boardWithoutPost = number();
    final Button save = new Button();
    private final Div unionBox = new Div();
    private final Paragraph boardStatus = new Paragraph();
    private final Paragraph unionHolders = new Paragraph();

    public SchoolSettingsView(SchoolSettingsService settings, SchoolDirectory directory) {
        this.settings = settings;
        this.directory = directory;
        Long school = CurrentUser.require().schoolId();
        if (school == null) {
            throw new BusinessRuleException("error.accessDenied");
        }
        this.schoolId = school;
        this.boardElectedOn = DatePickers.create(getTranslation("settings.board.electedOn"));
        this.boardTermEndsOn = DatePickers.create(getTranslation("settings.board.endsOn"));
        addClassName("page");

        SchoolSettingsService.Overview overview = settings.overview();
        add(new H2(getTranslation("settings.title")));
        add(schoolSection(overview), unionSection(), boardSection(), practiceSection());

        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        add(save);

        bean = settings.load();
        binder.readBean(bean);
        showUnion();
        showBoardStatus(overview);
    }

    private static IntegerField number() {
        IntegerField f = new IntegerField();
        f.setStepButtonsVisible(true);
        f.setWidth("10rem");
        return f;
    }

    private VerticalLayout section(String titleKey) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(titleKey)));
        box.setPadding(false);
        return box;
    }

    private VerticalLayout schoolSection(SchoolSettingsService.Overview o) {
        VerticalLayout box = section("settings.school.title");
        box.add(new Paragraph(getTranslation("settings.school.name", o.schoolName())),
                new Paragraph(getTranslation("settings.school.body", o.bodyName(),
                        getTranslation("settings.bodyKind." + o.bodyKind().name()))));
        Paragraph hint = new Paragraph(getTranslation("settings.school.bodyHint"));
        hint.addClassName("hint");
        box.add(hint);
        return box;
    }

    private VerticalLayout unionSection() {
        VerticalLayout box = section("settings.union.title");
        hasUnion.setLabel(getTranslation("settings.union.has"));
        hasUnion.addValueChangeListener(e -> showUnion());
        binder.forField(hasUnion).bind(SchoolSettingsForm::isHasUnion, SchoolSettingsForm::setHasUnion);

        List<StaffInfo> people = directory.activeStaff(schoolId);
        substitute.setLabel(getTranslation("settings.union.substitute"));
        substitute.setItems((s, filter) -> Texts.matches(s.fullName(), filter) || Texts.matches(s.code(), filter),
                people);
        substitute.setItemLabelGenerator(s -> s.fullName() + " (" + s.code() + ")");
        substitute.setClearButtonVisible(true);
        substitute.setWidth("min(24rem, 100%)");
        substitute.setHelperText(getTranslation("settings.union.substituteHint",
                getTranslation(Role.UNION_CHAIR.messageKey()), getTranslation(Role.UNION_EXECUTIVE.messageKey())));
        binder.forField(substitute)
                .<Long>withConverter(s -> s == null ? null : s.id(),
                        id -> id == null ? null : people.stream().filter(p -> p.id() == id).findFirst().orElse(null))
                .bind(SchoolSettingsForm::getUnionSubstituteId, SchoolSettingsForm::setUnionSubstituteId);

        substituteTitle.setLabel(getTranslation("settings.union.substituteTitle"));
        substituteTitle.setPlaceholder(getTranslation("settings.union.substituteTitlePlaceholder"));
        substituteTitle.setMaxLength(200);
        substituteTitle.setWidth("min(24rem, 100%)");
        binder.forField(substituteTitle)
                .withValidator(new StringLengthValidator(getTranslation("admin.staff.field.tooLong", 200), 0, 200))
                .bind(SchoolSettingsForm::getUnionSubstituteTitle, SchoolSettingsForm::setUnionSubstituteTitle);

        Paragraph hint = new Paragraph(getTranslation("settings.union.hint",
                getTranslation(Role.UNION_GROUP_HEAD.messageKey())));
        hint.addClassName("hint");
        RouterLink roles = new RouterLink(getTranslation("settings.union.rolesLink"), RolesView.class);
        unionHolders.addClassName("hint");
        unionBox.add(substitute, substituteTitle, hint, roles);
        box.add(hasUnion, unionHolders, unionBox);
        return box;
    }

    private void showUnion() {
        unionBox.setVisible(!hasUnion.getValue());
        String chairs = directory.holders(schoolId, Role.UNION_CHAIR).stream().map(StaffInfo::fullName)
                .collect(Collectors.joining(", "));
        unionHolders.setText(getTranslation("settings.union.holders", getTranslation(Role.UNION_CHAIR.messageKey()),
                chairs.isEmpty() ? getTranslation("settings.union.nobody") : chairs));
    }

    private VerticalLayout boardSection() {
        VerticalLayout box = section("settings.board.title");
        boardTermEndsOn.setHelperText(getTranslation("settings.board.endsOnHint"));
        binder.forField(boardElectedOn)
                .bind(SchoolSettingsForm::getBoardElectedOn, SchoolSettingsForm::setBoardElectedOn);
        binder.forField(boardTermEndsOn)
                .withValidator(d -> d == null || boardElectedOn.getValue() == null
                        || d.isAfter(boardElectedOn.getValue()), getTranslation("settings.boardTermOrder"))
                .bind(SchoolSettingsForm::getBoardTermEndsOn, SchoolSettingsForm::setBoardTermEndsOn);
        boardElectedOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && boardTermEndsOn.isEmpty()) {
                boardTermEndsOn.setValue(e.getValue().plusYears(2));
            }
        });
        FormLayout form = new FormLayout(boardElectedOn, boardTermEndsOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        box.add(form, boardStatus);
        return box;
    }

    private void showBoardStatus(SchoolSettingsService.Overview o) {
        boardStatus.setText(o.boardDueAtNextAssembly()
                ? getTranslation("settings.board.due", o.nextSchoolYear())
                : getTranslation("settings.board.notDue", Texts.date(bean.getBoardTermEndsOn()), o.nextSchoolYear()));
    }

    private VerticalLayout practiceSection() {
        VerticalLayout box = section("settings.practice.title");
        Paragraph intro = new Paragraph(getTranslation("settings.practice.intro"));
        intro.addClassName("hint");

        Checkbox separate = new Checkbox(getTranslation("settings.practice.separateMeetings"));
        binder.forField(separate).bind(SchoolSettingsForm::isSeparateMeetings, SchoolSettingsForm::setSeparateMeetings);

        presidiumSize.setLabel(getTranslation("settings.practice.presidiumSize"));
        bindInt(presidiumSize, 1, 15, SchoolSettingsForm::getPresidiumSize, SchoolSettingsForm::setPresidiumSize);
        secretaryCount.setLabel(getTranslation("settings.practice.secretaryCount"));
        bindInt(secretaryCount, 1, 5, SchoolSettingsForm::getSecretaryCount, SchoolSettingsForm::setSecretaryCount);
        Checkbox showOfHands = new Checkbox(getTranslation("settings.practice.showOfHands"));
        binder.forField(showOfHands).bind(SchoolSettingsForm::isPresidiumByShowOfHands,
                SchoolSettingsForm::setPresidiumByShowOfHands);

        boardUnionExecutives.setLabel(getTranslation("settings.practice.boardUnionExecutives"));
        bindInt(boardUnionExecutives, 0, 9, SchoolSettingsForm::getBoardUnionExecutives,
                SchoolSettingsForm::setBoardUnionExecutives);
        boardWithoutPost.setLabel(getTranslation("settings.practice.boardWithoutPost"));
        boardWithoutPost.setHelperText(getTranslation("settings.practice.boardMixHint"));
        bindInt(boardWithoutPost, 0, 9, SchoolSettingsForm::getBoardWithoutPost,
                SchoolSettingsForm::setBoardWithoutPost);
        Checkbox excludeFinance = new Checkbox(getTranslation("settings.practice.excludeFinance"));
        binder.forField(excludeFinance).bind(SchoolSettingsForm::isBoardExcludesFinance,
                SchoolSettingsForm::setBoardExcludesFinance);
        IntegerField officersDays = number();
        officersDays.setLabel(getTranslation("settings.practice.officersDays"));
        bindInt(officersDays, 1, 30, SchoolSettingsForm::getBoardOfficersWithinDays,
                SchoolSettingsForm::setBoardOfficersWithinDays);

        IntegerField discussion = number();
        discussion.setLabel(getTranslation("settings.practice.discussionShare"));
        discussion.setHelperText(getTranslation("settings.practice.discussionShareHint"));
        bindInt(discussion, 0, 100, SchoolSettingsForm::getDiscussionSharePercent,
                SchoolSettingsForm::setDiscussionSharePercent);
        IntegerField newsDays = number();
        newsDays.setLabel(getTranslation("settings.practice.newsDays"));
        bindInt(newsDays, 0, 30, SchoolSettingsForm::getNewsPostWithinDays, SchoolSettingsForm::setNewsPostWithinDays);

        TextArea contents = new TextArea(getTranslation("settings.practice.dossierContents"));
        contents.setPlaceholder(getTranslation(LocalPractice.DEFAULT_DOSSIER_CONTENTS_KEY));
        contents.setHelperText(getTranslation("settings.practice.defaultHint"));
        contents.setMaxLength(2000);
        contents.setWidthFull();
        binder.forField(contents).bind(SchoolSettingsForm::getDossierContents, SchoolSettingsForm::setDossierContents);
        TextField format = new TextField(getTranslation("settings.practice.dossierFormat"));
        format.setPlaceholder(getTranslation(LocalPractice.DEFAULT_DOSSIER_FORMAT_KEY));
        format.setMaxLength(500);
        format.setWidthFull();
        binder.forField(format).bind(SchoolSettingsForm::getDossierFormat, SchoolSettingsForm::setDossierFormat);
        IntegerField dossierDays = number();
        dossierDays.setLabel(getTranslation("settings.practice.dossierDays"));
        dossierDays.setHelperText(getTranslation("settings.practice.dossierDaysHint"));
        bindInt(dossierDays, 0, 60, SchoolSettingsForm::getDossierDaysAfterPlenary,
                SchoolSettingsForm::setDossierDaysAfterPlenary);

        FormLayout meetings = new FormLayout(presidiumSize, secretaryCount);
        FormLayout board = new FormLayout(boardUnionExecutives, boardWithoutPost, officersDays);
        FormLayout plenary = new FormLayout(discussion, newsDays, dossierDays);
        for (FormLayout f : List.of(meetings, board, plenary)) {
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        }
        box.add(intro, separate, meetings, showOfHands, board, excludeFinance, plenary, contents, format);
        return box;
    }

    private void bindInt(IntegerField field, int min, int max,
                         ValueProvider<SchoolSettingsForm, Integer> getter, Setter<SchoolSettingsForm, Integer> setter) {
        field.setMin(min);
        field.setMax(max);
        binder.forField(field).asRequired(getTranslation("settings.numberRequired"))
                .withValidator(new IntegerRangeValidator(getTranslation("settings.numberRange", min, max), min, max))
                .bind(getter, setter);
    }

    void save() {
        SchoolSettingsForm form = settings.load();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        if (form.isHasUnion()) {
            form.setUnionSubstituteId(null);
        }
        int ending = form.isHasUnion() ? 0 : settings.unionRolesToEnd();
        if (ending > 0 && !form.isEndUnionRoles()) {
            com.vaadin.flow.component.confirmdialog.ConfirmDialog ask =
                    new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
            ask.setHeader(getTranslation("settings.union.endRolesTitle"));
            ask.setText(getTranslation("settings.union.endRolesText", ending));
            ask.setCancelable(true);
            ask.setCancelText(getTranslation("admin.cancel"));
            ask.setConfirmText(getTranslation("settings.union.endRolesConfirm"));
            ask.addConfirmListener(e -> saveWith(form, true));
            ask.open();
            return;
        }
        saveWith(form, false);
    }

    private void saveWith(SchoolSettingsForm form, boolean endUnionRoles) {
        form.setEndUnionRoles(endUnionRoles);
        AtomicReference<List<Role>> given = new AtomicReference<>();
        if (Errors.run(this, () -> given.set(settings.save(form)))) {
            bean = settings.load();
            binder.readBean(bean);
            showUnion();
            showBoardStatus(settings.overview());
            Errors.showSuccess(given.get().isEmpty() ? getTranslation("admin.saved")
                    : getTranslation("settings.union.given", substitute.getValue().fullName(),
                    given.get().stream().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · " + getTranslation("app.name");
    }
}
