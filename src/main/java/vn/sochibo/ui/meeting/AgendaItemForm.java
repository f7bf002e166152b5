package vn.sochibo.ui.meeting;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.ui.common.I18n;

/** The fields of one agenda line being added or changed: kind, title and planned minutes (checked as a number). */
public final class AgendaItemForm {
    private final ObservableList<AgendaKind> kinds = FXCollections.observableArrayList(AgendaKind.values());
    private final ObjectProperty<AgendaKind> kind = new SimpleObjectProperty<>(AgendaKind.OTHER);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("10");

    /** Fills the fields from a line. */
    public void fill(AgendaKind k, String t, int m) {
        kind.set(k);
        title.set(t);
        minutes.set(String.valueOf(m));
    }

    /** The planned minutes typed, or an IllegalArgumentException with a message naming the field. */
    public int minutesValue(I18n i18n) {
        String text = minutes.get() == null ? "" : minutes.get().trim();
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= 600) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(i18n.tr("meeting.agenda.error.minutesField", text));
    }

    /** The title typed, or an IllegalArgumentException with a message naming the field. */
    public String titleValue(I18n i18n) {
        if (title.get() == null || title.get().isBlank()) {
            throw new IllegalArgumentException(i18n.tr("meeting.agenda.error.titleField"));
        }
        return title.get();
    }

    public ObservableList<AgendaKind> kinds() {
        return kinds;
    }

    public ObjectProperty<AgendaKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }
}
