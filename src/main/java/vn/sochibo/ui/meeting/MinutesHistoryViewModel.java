package vn.sochibo.ui.meeting;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.meeting.MinutesVersion;
import vn.sochibo.service.Messages;
import vn.sochibo.service.meeting.MinutesService;
import vn.sochibo.ui.common.UiContext;

/** The adopted versions of a meeting's minutes with date and reason; choosing one shows its full text. */
public final class MinutesHistoryViewModel {
    private final MinutesService minutes;
    private final UiContext ui;
    private final long meetingId;
    private final ObservableList<MinutesVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<MinutesVersion> selected = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");

    public MinutesHistoryViewModel(MinutesService minutes, UiContext ui, long meetingId) {
        this.minutes = minutes;
        this.ui = ui;
        this.meetingId = meetingId;
        selected.addListener((o, a, b) -> text.set(b == null ? "" : b.content()));
    }

    /** Reads the versions and shows the latest. */
    public void load() {
        try {
            versions.setAll(minutes.versions(meetingId));
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
            return;
        }
        selected.set(versions.isEmpty() ? null : versions.get(versions.size() - 1));
        if (versions.isEmpty()) {
            text.set(ui.i18n().tr("minutes.history.none"));
        }
    }

    /** A version as one line: its number, when adopted, and the reason of the correction (none for the first). */
    public String line(MinutesVersion v) {
        String when = Messages.dateTime(v.adoptedAt());
        return v.reason().isEmpty() ? ui.i18n().tr("minutes.history.first", v.version(), when)
                : ui.i18n().tr("minutes.history.corrected", v.version(), when, v.reason());
    }

    public ObservableList<MinutesVersion> versions() {
        return versions;
    }

    public ObjectProperty<MinutesVersion> selectedProperty() {
        return selected;
    }

    public StringProperty textProperty() {
        return text;
    }
}
