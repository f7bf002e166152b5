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
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.service.meeting.AgendaService;
import vn.sochibo.ui.common.UiContext;

/**
 * The agenda editor of one meeting: its items in order with kind and planned minutes, adding, changing, moving and
 * removing items, the total against the minimum in words and figures, and what the review item takes over from
 * before (open tasks, unfinished items of the previous meeting). An adopted meeting is shown read-only.
 */
public final class AgendaViewModel {
    private final AgendaService agenda;
    private final UiContext ui;
    private final Meeting meeting;
    private final MeetingTexts texts;
    private final AgendaTasks tasks;
    private final ObservableList<AgendaRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> carried = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaRow> selected = new SimpleObjectProperty<>();
    private final AgendaItemForm form = new AgendaItemForm();
    private final StringProperty durationText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty();

    public AgendaViewModel(AgendaService agenda, UiContext ui, Meeting meeting, List<PersonChoice> owners) {
        this.agenda = agenda;
        this.ui = ui;
        this.meeting = meeting;
        this.texts = new MeetingTexts(ui.i18n());
        this.tasks = new AgendaTasks(agenda, ui, meeting, owners, problem);
        readOnly.set(meeting.isAdopted());
        selected.addListener((o, a, row) -> {
            if (row != null) {
                form.fill(row.item().kind(), row.item().title(), row.item().plannedMinutes());
            }
        });
    }

    /** The window title: type and date of the meeting. */
    public String title() {
        return ui.i18n().tr("meeting.agenda.title", texts.type(meeting.type()), MeetingTexts.date(meeting.date()));
    }

    /** Reads items, carried-over work, duration and tasks. */
    public void load() {
        List<MeetingTask> open = agenda.carriedOver(meeting.id());
        List<AgendaItem> unfinished = agenda.unfinishedFromPrevious(meeting.id());
        List<String> lines = new ArrayList<>();
        open.forEach(t -> lines.add(tasks.carriedLine(t)));
        unfinished.forEach(i -> lines.add(ui.i18n().tr("meeting.agenda.carried.item", i.title())));
        carried.setAll(lines);
        long keep = selected.get() == null ? 0 : selected.get().item().id();
        rows.setAll(agenda.items(meeting.id()).stream().map(i -> row(i, lines.size())).toList());
        selected.set(rows.stream().filter(r -> r.item().id() == keep).findFirst().orElse(null));
        durationText.set(texts.duration(agenda.duration(meeting.id())));
        tasks.load();
        if (readOnly.get()) {
            problem.set(ui.i18n().tr("meeting.agenda.readOnly"));
        }
    }

    private AgendaRow row(AgendaItem i, int carriedCount) {
        String title = i.kind() == AgendaKind.REVIEW && carriedCount > 0
                ? ui.i18n().tr("meeting.agenda.reviewWithCarried", i.title(), carriedCount) : i.title();
        return new AgendaRow(i, String.valueOf(i.position()), texts.kind(i.kind()), title,
                texts.minutes(i.plannedMinutes()), i.done() ? ui.i18n().tr("meeting.agenda.done") : "");
    }

    /** Adds the line in the fields at the end of the agenda. */
    public void add() {
        run(() -> {
            agenda.addItem(meeting.id(), form.kindProperty().get(), form.titleValue(ui.i18n()),
                    form.minutesValue(ui.i18n()));
            form.titleProperty().set("");
        });
    }

    /** Saves the fields into the chosen item. */
    public void apply() {
        AgendaRow row = chosen();
        if (row != null) {
            AgendaItem i = row.item();
            run(() -> agenda.updateItem(new AgendaItem(i.id(), i.meetingId(), i.position(), form.kindProperty().get(),
                    form.titleValue(ui.i18n()), form.minutesValue(ui.i18n()), i.notes(), i.done())));
        }
    }

    /** Removes the chosen item after confirmation. */
    public void remove() {
        AgendaRow row = chosen();
        if (row != null && ui.dialogs().confirm(ui.i18n().tr("meeting.agenda.remove.confirm", row.item().title()))) {
            selected.set(null);
            run(() -> agenda.removeItem(row.item().id()));
        }
    }

    /** Moves the chosen item one place up (-1) or down (+1). */
    public void move(int by) {
        AgendaRow row = chosen();
        if (row != null) {
            run(() -> agenda.moveItem(row.item().id(), by));
        }
    }

    private AgendaRow chosen() {
        if (selected.get() == null) {
            problem.set(ui.i18n().tr("meeting.agenda.chooseFirst"));
        }
        return selected.get();
    }

    private void run(Runnable change) {
        Changes.run(ui, problem, change, this::load);
    }

    public AgendaTasks tasks() {
        return tasks;
    }

    public AgendaItemForm form() {
        return form;
    }

    public ObservableList<AgendaRow> rows() {
        return rows;
    }

    public ObservableList<String> carried() {
        return carried;
    }

    public ObjectProperty<AgendaRow> selectedProperty() {
        return selected;
    }

    public StringProperty durationTextProperty() {
        return durationText;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }
}
