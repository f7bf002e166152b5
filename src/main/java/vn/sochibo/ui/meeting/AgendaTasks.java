package vn.sochibo.ui.meeting;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.service.meeting.AgendaService;
import vn.sochibo.ui.common.UiContext;

/**
 * The tasks decided in a meeting: text, owner (a member or the branch committee), due date and status, with
 * overdue tasks marked in words; adding, changing and removing them.
 */
public final class AgendaTasks {
    private final AgendaService agenda;
    private final UiContext ui;
    private final Meeting meeting;
    private final MeetingTexts texts;
    private final StringProperty problem;
    private final ObservableList<PersonChoice> owners = FXCollections.observableArrayList();
    private final ObservableList<TaskStatus> statuses = FXCollections.observableArrayList(TaskStatus.values());
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<PersonChoice> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(TaskStatus.OPEN);

    AgendaTasks(AgendaService agenda, UiContext ui, Meeting meeting, List<PersonChoice> members,
                StringProperty problem) {
        this.agenda = agenda;
        this.ui = ui;
        this.meeting = meeting;
        this.texts = new MeetingTexts(ui.i18n());
        this.problem = problem;
        owners.add(new PersonChoice(PersonChoice.COMMITTEE, ui.i18n().tr("meeting.task.committee")));
        owners.addAll(members.stream().filter(p -> p.id() > 0).toList());
        owner.set(owners.get(0));
        selected.addListener((o, a, row) -> {
            if (row != null) {
                fill(row.task());
            }
        });
    }

    /** Reads the meeting's tasks. */
    public void load() {
        long keep = selected.get() == null ? 0 : selected.get().task().id();
        rows.setAll(agenda.tasks(meeting.id()).stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.task().id() == keep).findFirst().orElse(null));
    }

    private TaskRow row(MeetingTask t) {
        String overdue = t.isOverdue(ui.today()) ? ui.i18n().tr("meeting.task.overdue") : "";
        return new TaskRow(t, t.text(), ownerName(t), MeetingTexts.date(t.dueDate()), texts.taskStatus(t.status()),
                overdue);
    }

    /** A carried-over task as one line: text, owner, due date and the overdue word. */
    String carriedLine(MeetingTask t) {
        TaskRow r = row(t);
        String line = ui.i18n().tr("meeting.agenda.carried.task", r.text(), r.owner(), r.due().isEmpty() ? "—" : r.due());
        return r.overdue().isEmpty() ? line : r.overdue() + " " + line;
    }

    private String ownerName(MeetingTask t) {
        if (t.ownerCommittee()) {
            return ui.i18n().tr("meeting.task.committee");
        }
        return owners.stream().filter(p -> t.ownerMemberId() != null && p.id() == t.ownerMemberId())
                .map(PersonChoice::label).findFirst().orElse("");
    }

    private void fill(MeetingTask t) {
        text.set(t.text());
        owner.set(owners.stream().filter(p -> t.ownerCommittee() ? p.id() == PersonChoice.COMMITTEE
                : t.ownerMemberId() != null && p.id() == t.ownerMemberId()).findFirst().orElse(owners.get(0)));
        due.set(t.dueDate());
        status.set(t.status());
    }

    /** Adds the task in the fields. */
    public void add() {
        run(() -> {
            agenda.addTask(build(0));
            text.set("");
            due.set(null);
        });
    }

    /** Saves the fields into the chosen task. */
    public void apply() {
        if (chosen() != null) {
            run(() -> agenda.updateTask(build(selected.get().task().id())));
        }
    }

    /** Removes the chosen task after confirmation. */
    public void remove() {
        TaskRow row = chosen();
        if (row != null && ui.dialogs().confirm(ui.i18n().tr("meeting.task.remove.confirm", row.text()))) {
            selected.set(null);
            run(() -> agenda.removeTask(row.task().id()));
        }
    }

    private MeetingTask build(long id) {
        if (text.get() == null || text.get().isBlank()) {
            throw new IllegalArgumentException(ui.i18n().tr("meeting.task.error.textField"));
        }
        PersonChoice who = owner.get() == null ? owners.get(0) : owner.get();
        LocalDate doneDate = id == 0 ? null : selected.get().task().doneDate();
        return new MeetingTask(id, meeting.id(), text.get(), who.memberId(), who.id() == PersonChoice.COMMITTEE,
                due.get(), status.get(), doneDate, id == 0 ? "" : selected.get().task().note());
    }

    private TaskRow chosen() {
        if (selected.get() == null) {
            problem.set(ui.i18n().tr("meeting.task.chooseFirst"));
        }
        return selected.get();
    }

    private void run(Runnable change) {
        Changes.run(ui, problem, change, this::load);
    }

    public ObservableList<PersonChoice> owners() {
        return owners;
    }

    public ObservableList<TaskStatus> statuses() {
        return statuses;
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    public ObjectProperty<TaskRow> selectedProperty() {
        return selected;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<PersonChoice> ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }
}
