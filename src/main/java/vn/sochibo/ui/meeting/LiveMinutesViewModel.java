package vn.sochibo.ui.meeting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.service.Messages;
import vn.sochibo.service.meeting.MeetingServices;
import vn.sochibo.ui.common.Debouncer;
import vn.sochibo.ui.common.UiContext;

/**
 * The meeting-mode screen: the agenda with the current item, its notes saved two seconds after typing pauses and at
 * once on every change of item or on closing, speakers to insert, elapsed time against the plan, and the way to
 * read back, adopt and correct the minutes.
 */
public final class LiveMinutesViewModel {
    static final Duration QUIET = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(LiveMinutesViewModel.class.getName());
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final MeetingServices services;
    private final LiveMinutesSources sources;
    private final UiContext ui;
    private final long meetingId;
    private final Debouncer autosave;
    private final MinutesAdoption adoption;
    private final Map<Long, String> texts = new HashMap<>();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty itemTitle = new SimpleStringProperty("");
    private final StringProperty itemPlan = new SimpleStringProperty("");
    private final StringProperty savedText = new SimpleStringProperty("");
    private final StringProperty elapsedText = new SimpleStringProperty("");
    private final StringProperty stateText = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty hasNext = new SimpleBooleanProperty(false);
    private boolean showing;
    private boolean dirty;

    public LiveMinutesViewModel(MeetingServices services, LiveMinutesSources sources, UiContext ui,
                                Debouncer.Scheduler scheduler, long meetingId) {
        this.services = services;
        this.sources = sources;
        this.ui = ui;
        this.meetingId = meetingId;
        this.autosave = new Debouncer(scheduler, QUIET, this::saveNow);
        this.adoption = new MinutesAdoption(services.minutes(), sources.minutesText(), ui);
        notes.addListener((o, a, b) -> typed());
    }

    /** Reads the meeting, its agenda and speakers; shows the item last shown, else the first one not yet done. */
    public void load() {
        setMeeting(services.meetings().get(meetingId));
        List<AgendaItem> agenda = sources.agenda().apply(meetingId);
        texts.clear();
        agenda.forEach(i -> texts.put(i.id(), i.notes()));
        items.setAll(agenda);
        show(agenda.isEmpty() ? -1 : startIndex(agenda));
        dirty = false;
        savedText.set(ui.i18n().tr("minutes.live.allSaved"));
        loadSpeakers();
        tick();
    }

    private int startIndex(List<AgendaItem> agenda) {
        OptionalLong last = services.bookmarks().last(meetingId);
        for (int i = 0; last.isPresent() && i < agenda.size(); i++) {
            if (agenda.get(i).id() == last.getAsLong()) {
                return i;
            }
        }
        int start = 0;
        while (start < agenda.size() - 1 && agenda.get(start).done()) {
            start++;
        }
        return start;
    }

    private void loadSpeakers() {
        try {
            speakers.setAll(LiveMinutesSources.speakers(sources.roll().apply(meetingId)));
        } catch (RuntimeException e) {
            // without the roll the picker stays empty; names can still be typed, and the save line keeps its meaning
            speakers.clear();
            LOG.log(Level.WARNING, "roll not available for the speaker picker", e);
        }
    }

    /** Saves the current notes now if they changed (also what the two-second pause does). */
    public void saveNow() {
        autosave.cancel();
        AgendaItem item = currentItem();
        if (!dirty || item == null || readOnly.get()) {
            return;
        }
        String text = notes.get();
        try {
            services.minutes().saveNotes(item.id(), text);
            dirty = false;
            texts.put(item.id(), text);
            items.set(current.get(), item.withNotes(text));
            savedText.set(ui.i18n().tr("minutes.live.saved", LocalTime.now(ui.clock()).format(SAVED_AT)));
            if (meeting.get().state() == MeetingState.PLANNED) {
                setMeeting(services.meetings().get(meetingId));
            }
        } catch (RuntimeException e) {
            savedText.set(ui.i18n().tr("minutes.live.saveFailed", ui.describe(e)));
        }
    }

    /** Ticks the current item as done and moves to the next one, saving first. */
    public void next() {
        saveNow();
        AgendaItem item = currentItem();
        if (item == null) {
            return;
        }
        if (!item.done() && !readOnly.get()) {
            try {
                services.minutes().setItemDone(item.id(), true);
                items.set(current.get(), item.withDone(true));
            } catch (RuntimeException e) {
                ui.dialogs().showError(ui.describe(e));
            }
        }
        if (current.get() < items.size() - 1) {
            show(current.get() + 1);
        }
    }

    /** Goes back to the previous item, saving first. */
    public void previous() {
        if (current.get() > 0) {
            select(current.get() - 1);
        }
    }

    /** Shows the item at the index, saving the current notes first. */
    public void select(int index) {
        if (index < 0 || index >= items.size() || index == current.get()) {
            return;
        }
        saveNow();
        show(index);
    }

    /** Starts a new line "Đồng chí <name>: " at the end of the notes. */
    public void insertSpeaker(String name) {
        if (name == null || name.isBlank() || readOnly.get() || currentItem() == null) {
            return;
        }
        String text = notes.get();
        String gap = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        notes.set(text + gap + ui.i18n().tr("minutes.live.speakerLine", name.strip()) + " ");
    }

    /** Updates the elapsed time against the plan (every second on screen). */
    public void tick() {
        elapsedText.set(ElapsedTime.text(ui.i18n(), meeting.get(), items, LocalDateTime.now(ui.clock())));
    }

    /** Saves what is pending: the screen is closing. */
    public void close() {
        saveNow();
    }

    /** The whole minutes as text for reading back, after saving the notes; null when it cannot be made (shown). */
    public String readBackText() {
        saveNow();
        String text = adoption.readBack(meeting.get());
        setMeeting(services.meetings().get(meetingId));
        return text;
    }

    /** After confirmation adopts the minutes with their text read back: everything becomes read-only. */
    public void adopt() {
        saveNow();
        adoption.adopt(meeting.get()).ifPresent(this::setMeeting);
    }

    /** Asks the reason and opens adopted minutes for correction. */
    public void correct(TextPrompt prompt) {
        adoption.correct(meeting.get(), prompt).ifPresent(this::setMeeting);
    }

    /** The text of an agenda line: a marker for the current item, its number and title, and a tick when done. */
    public String itemLabel(AgendaItem item, boolean isCurrent) {
        return ui.i18n().tr(item.done() ? "minutes.live.itemDone" : "minutes.live.item", isCurrent ? "▶" : " ",
                item.position(), item.title());
    }

    private void typed() {
        if (showing || readOnly.get()) {
            return;
        }
        dirty = true;
        savedText.set(ui.i18n().tr("minutes.live.unsaved"));
        autosave.poke();
    }

    private void show(int index) {
        showing = true;
        try {
            current.set(index);
            AgendaItem item = currentItem();
            notes.set(item == null ? "" : texts.getOrDefault(item.id(), ""));
            itemTitle.set(item == null ? ui.i18n().tr("minutes.live.noAgenda") : item.title());
            itemPlan.set(item == null ? "" : ui.i18n().tr("minutes.live.itemPlan", item.plannedMinutes()));
            hasNext.set(index >= 0 && index < items.size() - 1);
            if (item != null && !readOnly.get()) {
                services.bookmarks().remember(meetingId, item.id());
            }
        } finally {
            showing = false;
        }
    }

    private void setMeeting(Meeting m) {
        meeting.set(m);
        readOnly.set(m.isAdopted());
        stateText.set(ui.i18n().tr("minutes.state." + m.state().name()));
        heading.set(ui.i18n().tr("minutes.live.heading", Messages.date(m.date())));
    }

    private AgendaItem currentItem() {
        int i = current.get();
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }

    public long meetingId() {
        return meetingId;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObservableList<AgendaItem> items() {
        return items;
    }

    public ObservableList<String> speakers() {
        return speakers;
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty itemTitleProperty() {
        return itemTitle;
    }

    public StringProperty itemPlanProperty() {
        return itemPlan;
    }

    public StringProperty savedTextProperty() {
        return savedText;
    }

    public StringProperty elapsedTextProperty() {
        return elapsedText;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty stateTextProperty() {
        return stateText;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty hasNextProperty() {
        return hasNext;
    }
}
