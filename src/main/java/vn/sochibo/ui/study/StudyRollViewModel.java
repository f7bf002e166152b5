package vn.sochibo.ui.study;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.ui.common.RollMarks;
import vn.sochibo.ui.common.UiContext;

/**
 * The roll of one study session: the people with their category and mark, marking by keys, "Tất cả có mặt",
 * the reason of an excused absence, the make-up date (học bù) of an absentee, the date a reflection (bài thu
 * hoạch) was handed in, and the live counts with the rate against the target.
 */
public final class StudyRollViewModel implements RollMarks {
    private final StudyService study;
    private final UiContext ui;
    private final long sessionId;
    private final StudyRollTexts texts;
    private final ObservableList<StudyRollRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StudyRollRow> selected = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> makeupDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> reflectionDate = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty reflectionRequired = new SimpleBooleanProperty(false);
    private final BooleanProperty reasonWanted = new SimpleBooleanProperty(false);

    public StudyRollViewModel(StudyService study, UiContext ui, long sessionId) {
        this.study = study;
        this.ui = ui;
        this.sessionId = sessionId;
        this.texts = new StudyRollTexts(ui.i18n());
        selected.addListener((o, a, b) -> {
            reason.set(b == null ? "" : b.reason());
            makeupDate.set(b == null ? null : b.makeupDate());
            reflectionDate.set(b == null ? null : b.reflectionDate());
            reasonWanted.set(false);
        });
    }

    /** Reads the session and its roll. */
    public void load() {
        try {
            StudySummary s = study.summary(sessionId);
            heading.set(texts.heading(s));
            reflectionRequired.set(s.session().reflectionRequired());
            show(s);
        } catch (AppException e) {
            message.set(ui.i18n().error(e));
        }
    }

    /** Marks every expected member not yet marked as present. */
    public void markAllPresent() {
        change(() -> study.markAllPresent(sessionId), false);
    }

    @Override
    public void markPresent() {
        mark(AttendanceStatus.PRESENT);
    }

    /** Marks the selected person absent with the reason typed; without one, asks for it (the reason field). */
    @Override
    public void markExcused() {
        StudyRollRow row = selected.get();
        if (row != null && reason.get().isBlank()) {
            reasonWanted.set(true);
            message.set(ui.i18n().tr("study.error.reasonRequired", row.name()));
            return;
        }
        mark(AttendanceStatus.ABSENT_EXCUSED);
    }

    @Override
    public void markUnexcused() {
        mark(AttendanceStatus.ABSENT_UNEXCUSED);
    }

    /** Removes the selected person's line (mark, make-up and reflection). */
    @Override
    public void clearMark() {
        withRow(row -> change(() -> study.clear(sessionId, row.memberId()), false));
    }

    /** Records the make-up date typed for the selected absentee; an empty date clears it, bad text is refused. */
    public void saveMakeup(boolean dateTextInvalid) {
        if (dateTextInvalid) {
            message.set(ui.i18n().tr("study.ui.roll.error.makeupDate"));
            return;
        }
        withRow(row -> change(() -> study.makeUp(sessionId, row.memberId(), makeupDate.get()), false));
    }

    /** Records the date the selected member handed in the reflection; an empty date clears it. */
    public void saveReflection(boolean dateTextInvalid) {
        if (dateTextInvalid) {
            message.set(ui.i18n().tr("study.ui.roll.error.reflectionDate"));
            return;
        }
        withRow(row -> change(() -> study.reflection(sessionId, row.memberId(), reflectionDate.get()), false));
    }

    private void mark(AttendanceStatus status) {
        String why = status == AttendanceStatus.ABSENT_EXCUSED ? reason.get() : "";
        withRow(row -> change(() -> study.mark(sessionId, row.memberId(), status, why), true));
    }

    private void withRow(java.util.function.Consumer<StudyRollRow> action) {
        StudyRollRow row = selected.get();
        if (row == null) {
            message.set(ui.i18n().tr("roll.view.chooseFirst"));
            return;
        }
        action.accept(row);
    }

    /** Runs a change, shows the new roll keeping (or advancing) the selection, or shows the refusal. */
    private void change(Supplier<StudySummary> work, boolean advance) {
        int index = rows.indexOf(selected.get());
        try {
            show(work.get());
            message.set("");
            int next = advance ? Math.min(index + 1, rows.size() - 1) : index;
            selected.set(next >= 0 && next < rows.size() ? rows.get(next) : null);
        } catch (AppException e) {
            message.set(ui.i18n().error(e));
        }
    }

    private void show(StudySummary s) {
        rows.setAll(texts.rows(s));
        counts.set(texts.counts(s));
    }

    public ObservableList<StudyRollRow> rows() {
        return rows;
    }

    public ObjectProperty<StudyRollRow> selectedProperty() {
        return selected;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<LocalDate> makeupDateProperty() {
        return makeupDate;
    }

    public ObjectProperty<LocalDate> reflectionDateProperty() {
        return reflectionDate;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty reflectionRequiredProperty() {
        return reflectionRequired;
    }

    /** True after "absent with reason" was asked without a reason: the screen moves to the reason field. */
    public BooleanProperty reasonWantedProperty() {
        return reasonWanted;
    }
}
