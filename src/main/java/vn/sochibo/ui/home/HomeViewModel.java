package vn.sochibo.ui.home;

import java.time.LocalDate;
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
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.service.Messages;
import vn.sochibo.service.home.HomeCharts;
import vn.sochibo.ui.common.UiContext;

/**
 * The home screen: today's date, the reminders due (deadlines by date, hints last) with a count line or an empty
 * message, the charts' figures, and opening the record a chosen reminder is about.
 */
public final class HomeViewModel {
    private final UiContext ui;
    private final HomeSource source;
    private final HomeNavigator navigator;
    private final StringProperty todayText = new SimpleStringProperty("");
    private final ObservableList<ReminderRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReminderRow> selected = new SimpleObjectProperty<>();
    private final StringProperty statusText = new SimpleStringProperty("");
    private final ObjectProperty<HomeCharts> charts = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final List<Runnable> afterLoad = new ArrayList<>();

    public HomeViewModel(UiContext ui, HomeSource source, HomeNavigator navigator) {
        this.ui = ui;
        this.source = source;
        this.navigator = navigator;
    }

    /** Reads the reminders off the FX thread and shows them, then reads the charts' figures the same way. */
    public void load() {
        LocalDate today = ui.today();
        todayText.set(ui.i18n().tr("home.today", Messages.date(today)));
        loading.set(true);
        statusText.set(ui.i18n().tr("home.loading"));
        ui.tasks().run(() -> source.reminders(today), loaded -> {
            show(loaded, today);
            loading.set(false);
            List<Runnable> waiting = List.copyOf(afterLoad);
            afterLoad.clear();
            waiting.forEach(Runnable::run);
            ui.tasks().run(() -> source.charts(today), charts::set, this::failed);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        loading.set(false);
        statusText.set("");
        ui.dialogs().showError(ui.describe(failure));
    }

    private void show(List<Reminder> reminders, LocalDate today) {
        rows.setAll(reminders.stream().sorted(Reminder.BY_DUE_DATE).map(r -> ReminderRow.of(r, today, ui.i18n()))
                .toList());
        statusText.set(rows.isEmpty() ? ui.i18n().tr("home.empty") : ui.i18n().tr("home.counts",
                count(ReminderGroup.OVERDUE), count(ReminderGroup.SOON), count(ReminderGroup.LATER),
                count(ReminderGroup.HINT)));
    }

    private String count(ReminderGroup group) {
        return String.valueOf(rows.stream().filter(r -> r.group() == group).count());
    }

    /** Runs the action once the next load has put the reminders into the rows (after a failure: never). */
    public void afterNextLoad(Runnable action) {
        afterLoad.add(action);
    }

    /** Opens the record of the chosen reminder, or says to choose one first. */
    public void openSelected() {
        ReminderRow row = selected.get();
        if (row == null) {
            ui.dialogs().showInfo(ui.i18n().tr("home.chooseFirst"));
            return;
        }
        open(row);
    }

    /** Opens the record the reminder is about: the member, the meeting, the meetings or the study screen. */
    public void open(ReminderRow row) {
        Reminder r = row.reminder();
        switch (row.target()) {
            case MEMBER -> navigator.openMember(r.memberId());
            case MEETING -> navigator.openMeeting(r.meetingId());
            case STUDY -> navigator.openStudySession(r.studySessionId());
            case MEETINGS -> navigator.openMeetings();
            default -> throw new IllegalStateException(row.target().name());
        }
    }

    public StringProperty todayTextProperty() {
        return todayText;
    }

    public ObservableList<ReminderRow> rows() {
        return rows;
    }

    public ObjectProperty<ReminderRow> selectedProperty() {
        return selected;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public ObjectProperty<HomeCharts> chartsProperty() {
        return charts;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
