package vn.sochibo.ui.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.meeting.MeetingService;
import vn.sochibo.ui.common.UiContext;

/**
 * The form of one meeting: type, date, start time, place, topic and presenter (thematic), chair and minute-taker
 * among the members. Saving creates the meeting (with its type's agenda) or changes it.
 */
public final class MeetingEditDialogViewModel {
    private final MeetingService meetings;
    private final UiContext ui;
    private final Meeting original;
    private final ObservableList<MeetingType> types = FXCollections.observableArrayList(MeetingType.values());
    private final ObjectProperty<MeetingType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty presenter = new SimpleStringProperty("");
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObjectProperty<PersonChoice> chair = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonChoice> minuteTaker = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private Meeting saved;

    /** A form over {@code meeting} (id 0 for a new one) with the people who may chair or take the minutes. */
    public MeetingEditDialogViewModel(MeetingService meetings, UiContext ui, Meeting meeting, List<PersonChoice> people) {
        this.meetings = meetings;
        this.ui = ui;
        this.original = meeting;
        this.people.setAll(people);
        type.set(meeting.type());
        date.set(meeting.date());
        time.set(meeting.startTime().toString());
        place.set(meeting.place());
        topic.set(meeting.topic());
        presenter.set(meeting.presenter());
        chair.set(People.find(people, meeting.chairId()));
        minuteTaker.set(People.find(people, meeting.minuteTakerId()));
    }

    /** The window title: new or change. */
    public String title() {
        return ui.i18n().tr(original.id() == 0 ? "meeting.edit.title.new" : "meeting.edit.title.edit");
    }

    /** Checks and saves; false (with the problem shown) when something must be corrected first. */
    public boolean save() {
        Meeting m;
        try {
            m = build();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        try {
            if (original.id() == 0) {
                saved = meetings.create(m);
            } else {
                meetings.update(m);
                saved = meetings.get(m.id());
            }
            return true;
        } catch (RuntimeException e) {
            problem.set(ui.describe(e));
            return false;
        }
    }

    private Meeting build() {
        if (type.get() == null) {
            throw new IllegalArgumentException(ui.i18n().tr("meeting.edit.error.type"));
        }
        if (date.get() == null) {
            throw new IllegalArgumentException(ui.i18n().tr("meeting.edit.error.date"));
        }
        LocalTime start = parseTime(time.get());
        return new Meeting(original.id(), type.get(), date.get(), start, original.endTime(), place.get(), topic.get(),
                presenter.get(), idOf(chair.get()), idOf(minuteTaker.get()), original.state(), original.gradePoints(),
                original.gradeKeyMet(), original.adoptedAt(), original.minutesNumber(), original.resolutionNumber());
    }

    private LocalTime parseTime(String text) {
        String t = text == null ? "" : text.trim().replace('h', ':').replace('.', ':');
        if (t.endsWith(":")) {
            t = t + "00";
        }
        try {
            String[] parts = t.split(":");
            return LocalTime.of(Integer.parseInt(parts[0].trim()), parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(ui.i18n().tr("meeting.edit.error.time", text));
        }
    }

    private static Long idOf(PersonChoice c) {
        return c == null ? null : c.memberId();
    }

    /** The meeting as saved, after {@link #save()} returned true. */
    public Meeting saved() {
        return saved;
    }

    public ObservableList<MeetingType> types() {
        return types;
    }

    public ObjectProperty<MeetingType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty presenterProperty() {
        return presenter;
    }

    public ObservableList<PersonChoice> people() {
        return people;
    }

    public ObjectProperty<PersonChoice> chairProperty() {
        return chair;
    }

    public ObjectProperty<PersonChoice> minuteTakerProperty() {
        return minuteTaker;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
