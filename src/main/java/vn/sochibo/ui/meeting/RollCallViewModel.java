package vn.sochibo.ui.meeting;

import java.util.ArrayList;
import java.util.List;
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
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.RollRules;
import vn.sochibo.service.meeting.RollService;
import vn.sochibo.service.meeting.RollTexts;
import vn.sochibo.ui.common.FileNames;
import vn.sochibo.ui.common.RollMarks;
import vn.sochibo.ui.common.UiContext;

/**
 * The roll call of one meeting: the people with their category and mark, marking by keys, "everyone present",
 * the reason and note of the selected person, the counts in the words of the minutes header, and the guests.
 */
public final class RollCallViewModel implements RollMarks {
    private final RollService service;
    private final RollCallServices services;
    private final UiContext ui;
    private final long meetingId;
    private final ObservableList<RollRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Guest> guests = FXCollections.observableArrayList();
    private final ObjectProperty<RollRow> selected = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty guestName = new SimpleStringProperty("");
    private final StringProperty guestPost = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty reasonWanted = new SimpleBooleanProperty(false);

    public RollCallViewModel(RollCallServices services, UiContext ui, long meetingId) {
        this.services = services;
        this.service = services.roll();
        this.ui = ui;
        this.meetingId = meetingId;
        selected.addListener((o, a, b) -> {
            reason.set(b == null ? "" : b.reason());
            note.set(b == null ? "" : b.note());
            reasonWanted.set(false);
        });
    }

    /** Reads the meeting and its roll. */
    public void load() {
        try {
            Meeting m = service.meeting(meetingId);
            heading.set(ui.i18n().tr("roll.subject", ui.i18n().tr("roll.meetingType." + m.type().name()), m.date()));
            readOnly.set(m.isAdopted());
            show(service.roll(meetingId));
            message.set(readOnly.get() ? ui.i18n().tr("roll.view.adopted") : "");
        } catch (AppException e) {
            message.set(ui.i18n().error(e));
        }
    }

    /** Marks everyone expected or attached not yet marked as present. */
    public void markAllPresent() {
        change(() -> service.markAllPresent(meetingId), false);
    }

    @Override
    public void markPresent() {
        mark(AttendanceStatus.PRESENT);
    }

    /** Marks the selected person absent with the reason typed; without one, asks for it (the reason field). */
    @Override
    public void markExcused() {
        RollRow row = selected.get();
        if (row != null && reason.get().isBlank()) {
            reasonWanted.set(true);
            message.set(ui.i18n().tr("roll.error.reasonRequired", row.name()));
            return;
        }
        mark(AttendanceStatus.ABSENT_EXCUSED);
    }

    @Override
    public void markUnexcused() {
        mark(AttendanceStatus.ABSENT_UNEXCUSED);
    }

    /** Saves the note (late arrival, early departure); a person not yet marked is marked present with it. */
    public void saveNote() {
        RollRow row = selected.get();
        if (row != null) {
            AttendanceStatus status = row.status() == null ? AttendanceStatus.PRESENT : row.status();
            change(() -> service.mark(meetingId, row.memberId(), status, row.reason(), note.get()), false);
        }
    }

    /** Removes the selected person's mark. */
    @Override
    public void clearMark() {
        RollRow row = selected.get();
        if (row != null) {
            change(() -> service.clear(meetingId, row.memberId()), false);
        }
    }

    /** Adds the guest typed (name and post) and empties the fields. */
    public void addGuest() {
        try {
            service.addGuest(meetingId, guestName.get(), guestPost.get());
            guestName.set("");
            guestPost.set("");
            show(service.roll(meetingId));
            message.set("");
        } catch (AppException e) {
            message.set(ui.i18n().error(e));
        }
    }

    /** Removes a guest. */
    public void removeGuest(Guest guest) {
        if (guest != null) {
            try {
                service.removeGuest(guest.id());
                show(service.roll(meetingId));
            } catch (AppException e) {
                message.set(ui.i18n().error(e));
            }
        }
    }

    /** Asks where to save and writes this meeting's attendance to .xlsx off the FX thread. */
    public void exportExcel() {
        Meeting m = service.meeting(meetingId);
        ui.dialogs().chooseSaveFile(ui.i18n().tr("roll.view.exportExcel.choose"), "xlsx", "diem-danh-" + m.date()
                + ".xlsx").map(f -> FileNames.withExtension(f, ".xlsx")).ifPresent(target -> ui.tasks().run(() -> {
                    services.workbooks().writeMeeting(meetingId, target);
                    return target;
                }, this::written, failure -> ui.dialogs().showError(ui.describe(failure))));
    }

    /** Asks where to save and writes the printable sign-in sheet as a Word file off the FX thread. */
    public void exportSignInSheet() {
        Meeting m = service.meeting(meetingId);
        ui.dialogs().chooseSaveFile(ui.i18n().tr("roll.view.signIn.choose"), "docx", "danh-sach-ky-ten-" + m.date()
                + ".docx").map(f -> FileNames.withExtension(f, ".docx")).ifPresent(target -> ui.tasks().run(
                        () -> services.documents().write(services.signIn().build(meetingId), target), this::written,
                        failure -> ui.dialogs().showError(ui.describe(failure))));
    }

    private void written(java.nio.file.Path file) {
        ui.dialogs().showInfo(ui.i18n().tr("roll.view.written", file.toAbsolutePath().toString()));
    }

    private void mark(AttendanceStatus status) {
        RollRow row = selected.get();
        if (row == null) {
            message.set(ui.i18n().tr("roll.view.chooseFirst"));
            return;
        }
        String why = status == AttendanceStatus.ABSENT_EXCUSED ? reason.get() : "";
        String keep = row.status() == null ? "" : row.note();
        change(() -> service.mark(meetingId, row.memberId(), status, why, keep), true);
    }

    /** Runs a change, shows the new roll keeping (or advancing) the selection, or shows the refusal. */
    private void change(java.util.function.Supplier<Roll> work, boolean advance) {
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

    private void show(Roll roll) {
        List<RollRow> shown = new ArrayList<>();
        int n = 1;
        for (RollEntry e : RollRules.sheetOrder(roll.entries())) {
            shown.add(row(n++, e));
        }
        rows.setAll(shown);
        guests.setAll(roll.guests());
        StringBuilder text = new StringBuilder();
        RollTexts.lines(roll.summary(), ui.i18n().messages()).forEach(l -> text.append("+ ").append(l).append('\n'));
        counts.set(text.append('\n').append(RollTexts.progress(roll.summary(), ui.i18n().messages())).toString());
    }

    private RollRow row(int number, RollEntry e) {
        String grade = e.isOfficial() ? ui.i18n().tr("roll.grade.official")
                : e.status().isProbationary() ? ui.i18n().tr("roll.grade.probationary") : "";
        AttendanceStatus status = e.mark() == null ? null : e.mark().status();
        String mark = status != null ? ui.i18n().tr("roll.status." + status.name())
                : ui.i18n().tr(RollRules.canMark(e.category(), AttendanceStatus.ABSENT_UNEXCUSED)
                        ? "roll.view.unmarked" : "roll.view.notExpected");
        return new RollRow(e.memberId(), number, e.fullName(), grade, ui.i18n().tr("roll.category."
                + e.category().name()), mark, e.mark() == null ? "" : e.mark().reason(),
                e.mark() == null ? "" : e.mark().note(), e.category(), status);
    }

    public ObservableList<RollRow> rows() {
        return rows;
    }

    public ObservableList<Guest> guests() {
        return guests;
    }

    public ObjectProperty<RollRow> selectedProperty() {
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

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty guestNameProperty() {
        return guestName;
    }

    public StringProperty guestPostProperty() {
        return guestPost;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** True after "absent with reason" was asked without a reason: the screen moves to the reason field. */
    public BooleanProperty reasonWantedProperty() {
        return reasonWanted;
    }
}
