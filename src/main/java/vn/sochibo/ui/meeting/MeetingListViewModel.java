package vn.sochibo.ui.meeting;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.PlanWarning;
import vn.sochibo.service.meeting.MeetingService;
import vn.sochibo.ui.common.UiContext;

/**
 * The year at a glance: the chosen year's meetings by date with type and state, the gaps of the year in words,
 * planning the year, and deleting a meeting not held. Other actions act on the chosen meeting.
 */
public final class MeetingListViewModel {
    private final MeetingService meetings;
    private final UiContext ui;
    private final MeetingTexts texts;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final StringProperty yearText = new SimpleStringProperty("");
    private final ObservableList<MeetingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty warningText = new SimpleStringProperty("");
    private final ObjectProperty<MeetingRow> selected = new SimpleObjectProperty<>();
    private final StringProperty statusText = new SimpleStringProperty("");
    private long reveal;

    public MeetingListViewModel(MeetingService meetings, UiContext ui) {
        this.meetings = meetings;
        this.ui = ui;
        this.texts = new MeetingTexts(ui.i18n());
        year.set(ui.today().getYear());
        yearText.bind(Bindings.createStringBinding(() -> String.valueOf(year.get()), year));
    }

    /** Reads the chosen year's meetings and warnings, keeping the chosen meeting when it is still there. */
    public void load() {
        int y = year.get();
        long keep = selected.get() == null ? 0 : selected.get().id();
        ui.tasks().run(() -> new Loaded(meetings.inYear(y), meetings.warnings(y)), loaded -> {
            rows.setAll(loaded.meetings().stream().map(m -> MeetingRow.of(m, texts, monthLabel(m))).toList());
            warnings.setAll(loaded.warnings().isEmpty() ? List.of() : texts.warnings(loaded.warnings()));
            warningText.set(String.join("\n", warnings));
            statusText.set(ui.i18n().tr("meeting.list.shown", rows.size(), String.valueOf(y)));
            select(reveal != 0 ? reveal : keep);
            reveal = 0;
        }, failure -> ui.dialogs().showError(ui.describe(failure)));
    }

    /** Shows the year of the given meeting and selects that meeting once the year's meetings are read. */
    public void reveal(long meetingId, int meetingYear) {
        reveal = meetingId;
        year.set(meetingYear);
        load();
    }

    private String monthLabel(Meeting m) {
        return ui.i18n().tr("meeting.list.month", m.date().getMonthValue());
    }

    public void previousYear() {
        year.set(year.get() - 1);
        load();
    }

    public void nextYear() {
        year.set(year.get() + 1);
        load();
    }

    /** Creates the year's missing regular and thematic meetings and says how many were added. */
    public void planYear() {
        int y = year.get();
        if (!ui.dialogs().confirm(ui.i18n().tr("meeting.list.plan.confirm", String.valueOf(y)))) {
            return;
        }
        try {
            int created = meetings.planYear(y).size();
            load();
            ui.dialogs().showInfo(created == 0 ? ui.i18n().tr("meeting.list.plan.nothing", String.valueOf(y))
                    : ui.i18n().tr("meeting.list.plan.done", created, String.valueOf(y)));
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
        }
    }

    /** Deletes the chosen meeting after confirmation; a held or adopted meeting is refused with the reason. */
    public void delete() {
        withSelected(m -> {
            String type = texts.type(m.type()).toLowerCase(java.util.Locale.forLanguageTag("vi"));
            if (!ui.dialogs().confirm(ui.i18n().tr("meeting.list.delete.confirm", type,
                    MeetingTexts.date(m.date())))) {
                return;
            }
            try {
                meetings.delete(m.id());
                selected.set(null);
                load();
            } catch (RuntimeException e) {
                ui.dialogs().showError(ui.describe(e));
            }
        });
    }

    /** Runs the action on the chosen meeting, or asks to choose one first. */
    public void withSelected(Consumer<Meeting> action) {
        MeetingRow row = selected.get();
        if (row == null) {
            ui.dialogs().showInfo(ui.i18n().tr("meeting.list.chooseFirst"));
            return;
        }
        action.accept(row.meeting());
    }

    /** Chooses the row of the meeting with the id (nothing when it is not shown). */
    public void select(long meetingId) {
        selected.set(rows.stream().filter(r -> r.id() == meetingId).findFirst().orElse(null));
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public StringProperty yearTextProperty() {
        return yearText;
    }

    public ObservableList<MeetingRow> rows() {
        return rows;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public StringProperty warningTextProperty() {
        return warningText;
    }

    public BooleanBinding hasWarnings() {
        return Bindings.isNotEmpty(warnings);
    }

    public ObjectProperty<MeetingRow> selectedProperty() {
        return selected;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    private record Loaded(List<Meeting> meetings, List<PlanWarning> warnings) {
    }
}
