package vn.sochibo.ui.branch;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.model.Issue;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.BranchRules;
import vn.sochibo.model.branch.MeetingDay;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.text.Texts;
import vn.sochibo.ui.common.UiContext;

/**
 * The branch profile form (hồ sơ chi bộ): a working copy of the profile with live previews of the document header,
 * the number line and the next meetings; errors show once a field was left or saving was tried.
 */
public final class BranchProfileDialogViewModel {
    private static final BranchProfile BLANK = new BranchProfile("", "", "", null, null, List.of(), null, null, "",
            null);
    private final UiContext ui;
    private final Locale vietnamese = Locale.forLanguageTag("vi-VN");
    private final StringProperty superiorName = new SimpleStringProperty("");
    private final StringProperty branchName = new SimpleStringProperty("");
    private final StringProperty placeName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> termStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> termEnd = new SimpleObjectProperty<>();
    private final BooleanProperty termStartBadText = new SimpleBooleanProperty();
    private final BooleanProperty termEndBadText = new SimpleBooleanProperty();
    private final OfficerChoices officers;
    private final MeetingForm meeting;
    private final DocumentForm documents;
    private final Set<ProfileField> left = EnumSet.noneOf(ProfileField.class);
    private final ReadOnlyStringWrapper errorsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper checks = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<ProfileField> focusRequest = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper offerUpperSuperior = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper offerUpperBranch = new ReadOnlyBooleanWrapper();
    private final HeaderPreview preview;
    private List<Finding> findings = List.of();
    private boolean submitted;

    /** A form filled from {@code current} (null for a new branch) offering officers from {@code members}. */
    public BranchProfileDialogViewModel(UiContext ui, BranchProfile current, List<MemberHistory> members) {
        this.ui = ui;
        officers = new OfficerChoices(ui.i18n(), members, ui.today());
        meeting = new MeetingForm(ui.i18n(), ui.today());
        documents = new DocumentForm(ui.i18n());
        preview = new HeaderPreview(ui.today());
        fill(current == null ? BLANK : current, members);
        termStart.addListener((o, was, start) -> suggestTermEnd(start));
        InvalidationListener recheck = o -> update();
        for (Observable o : dependencies()) {
            o.addListener(recheck);
        }
        update();
    }

    private void fill(BranchProfile p, List<MemberHistory> members) {
        superiorName.set(p.superiorName());
        branchName.set(p.branchName());
        placeName.set(p.placeName());
        termStart.set(p.termStart());
        termEnd.set(p.termEnd());
        officers.fill(p, members);
        meeting.fill(p);
        documents.fill(p.documents());
    }

    private Observable[] dependencies() {
        List<Observable> all = new ArrayList<>(List.of(superiorName, branchName, placeName, termStart, termEnd,
                termStartBadText, termEndBadText));
        all.addAll(List.of(officers.dependencies()));
        all.addAll(List.of(meeting.dependencies()));
        all.addAll(List.of(documents.dependencies()));
        return all.toArray(Observable[]::new);
    }

    private void suggestTermEnd(LocalDate start) {
        if (start != null && termEnd.get() == null) {
            termEnd.set(start.plusYears(5));
        }
    }

    /** The profile as the form describes it now (meeting day and time fall back to the defaults while invalid). */
    public BranchProfile profile() {
        MeetingDay day = meeting.meetingDay();
        LocalTime time = meeting.meetingTime();
        return new BranchProfile(superiorName.get(), branchName.get(), placeName.get(), termStart.get(),
                termEnd.get(), officers.officers(), day, time, meeting.placeProperty().get(), documents.settings());
    }

    /** Every current finding, shown or not yet. */
    public List<Finding> findings() {
        return findings;
    }

    private List<Finding> check() {
        List<Finding> found = new ArrayList<>();
        if (termStartBadText.get()) {
            found.add(Finding.error(ProfileField.TERM_START, "branch.dialog.dateFormat"));
        }
        if (termEndBadText.get()) {
            found.add(Finding.error(ProfileField.TERM_END, "branch.dialog.dateFormat"));
        }
        found.addAll(officers.check());
        found.addAll(meeting.check());
        found.addAll(documents.check());
        for (Issue issue : BranchRules.check(profile())) {
            found.addAll(place(issue));
        }
        return found;
    }

    private List<Finding> place(Issue issue) {
        if (issue.field().equals("branch.field.margins") && issue.args().size() == 2) {
            int min = ((Number) issue.args().get(0)).intValue();
            int max = ((Number) issue.args().get(1)).intValue();
            return documents.marginsOutside(min, max).stream().map(f -> new Finding(f, issue)).toList();
        }
        return List.of(new Finding(ProfileField.byKey(issue.field()).orElse(null), issue));
    }

    private void update() {
        findings = check();
        valid.set(!Issue.anyError(findings.stream().map(Finding::issue).toList()));
        List<String> lines = shown().stream().map(f -> "• " + ui.i18n().issue(f.issue())).distinct().toList();
        errorsText.set(lines.isEmpty() ? "" : ui.i18n().tr("branch.dialog.fixErrors") + "\n" + String.join("\n", lines));
        offerUpperSuperior.set(left.contains(ProfileField.SUPERIOR_NAME) && notUpper(superiorName.get()));
        offerUpperBranch.set(left.contains(ProfileField.BRANCH_NAME) && notUpper(branchName.get()));
        preview.update(profile(), documents.numberLine());
        checks.set(checks.get() + 1);
    }

    private List<Finding> shown() {
        return findings.stream().filter(f -> submitted || f.field() != null && (f.field().isChoice()
                || left.contains(f.field()))).toList();
    }

    private boolean notUpper(String text) {
        return !Texts.isBlank(text) && !text.equals(text.toUpperCase(vietnamese));
    }

    /** The first shown issue of one control, or null when it has none. */
    public Issue issueFor(ProfileField field) {
        return shown().stream().filter(f -> f.field() == field).map(Finding::issue).findFirst().orElse(null);
    }

    /** Called when the user leaves a control: its errors are shown from now on. */
    public void leave(ProfileField field) {
        if (left.add(field)) {
            update();
        }
    }

    /** Tries to save: true when the form has no errors; otherwise shows all errors and asks to focus the first. */
    public boolean save() {
        submitted = true;
        update();
        if (valid.get()) {
            return true;
        }
        focusRequest.set(null);
        findings.stream().map(Finding::field).filter(f -> f != null).min(Enum::compareTo).ifPresent(focusRequest::set);
        return false;
    }

    /** The profile to save; call after {@link #save()} returned true. */
    public BranchProfile result() {
        return profile();
    }

    /** Writes the superior committee line in capitals, as documents print it. */
    public void superiorToUpper() {
        superiorName.set(superiorName.get().toUpperCase(vietnamese));
    }

    /** Writes the branch name in capitals, as documents print it. */
    public void branchToUpper() {
        branchName.set(branchName.get().toUpperCase(vietnamese));
    }

    public StringProperty superiorNameProperty() {
        return superiorName;
    }

    public StringProperty branchNameProperty() {
        return branchName;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public ObjectProperty<LocalDate> termStartProperty() {
        return termStart;
    }

    public ObjectProperty<LocalDate> termEndProperty() {
        return termEnd;
    }

    /** True while the start date box holds text that is not a date (set by the view). */
    public BooleanProperty termStartBadTextProperty() {
        return termStartBadText;
    }

    /** True while the end date box holds text that is not a date (set by the view). */
    public BooleanProperty termEndBadTextProperty() {
        return termEndBadText;
    }

    public OfficerChoices officers() {
        return officers;
    }

    public MeetingForm meeting() {
        return meeting;
    }

    public DocumentForm documents() {
        return documents;
    }

    public HeaderPreview preview() {
        return preview;
    }

    /** "Please correct the marked fields:" and one line per shown error, or "". */
    public ReadOnlyStringProperty errorsTextProperty() {
        return errorsText.getReadOnlyProperty();
    }

    /** True when nothing blocks saving. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Counts re-checks, so the view knows when to refresh its error marks. */
    public ReadOnlyIntegerProperty checksProperty() {
        return checks.getReadOnlyProperty();
    }

    /** The control to focus after a refused save. */
    public ObjectProperty<ProfileField> focusRequestProperty() {
        return focusRequest;
    }

    /** True when the left superior line is not in capitals, to offer converting it. */
    public ReadOnlyBooleanProperty offerUpperSuperiorProperty() {
        return offerUpperSuperior.getReadOnlyProperty();
    }

    /** True when the left branch name is not in capitals, to offer converting it. */
    public ReadOnlyBooleanProperty offerUpperBranchProperty() {
        return offerUpperBranch.getReadOnlyProperty();
    }
}
