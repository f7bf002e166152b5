package vn.sochibo.ui.study;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Messages;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.ui.common.UiContext;

/**
 * The year's study sessions (học tập, quán triệt nghị quyết): one row per session with participation against the
 * target, deleting a session after confirmation, and the chosen session's document over all its sessions.
 */
public final class StudyListViewModel {
    private final StudyService study;
    private final UiContext ui;
    private final StudyTexts texts;
    private final StudyDocumentViewModel document;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final StringProperty yearText = new SimpleStringProperty("");
    private final ObservableList<StudyRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StudyRow> selected = new SimpleObjectProperty<>();
    private final StringProperty statusText = new SimpleStringProperty("");

    public StudyListViewModel(StudyService study, UiContext ui) {
        this.study = study;
        this.ui = ui;
        this.texts = new StudyTexts(ui.i18n());
        this.document = new StudyDocumentViewModel(study, ui);
        year.set(ui.today().getYear());
        yearText.bind(Bindings.createStringBinding(() -> String.valueOf(year.get()), year));
        selected.addListener((o, a, row) -> {
            String before = a == null ? "" : a.session().documentSymbol();
            String now = row == null ? "" : row.session().documentSymbol();
            if (!before.equals(now) || row == null) {
                document.load(now);
            }
        });
    }

    /** Reads the chosen year's sessions, keeping the chosen session when it is still there. */
    public void load() {
        int y = year.get();
        long keep = selected.get() == null ? 0 : selected.get().id();
        ui.tasks().run(() -> study.sessions(y), sessions -> show(y, sessions, keep),
                failure -> ui.dialogs().showError(ui.describe(failure)));
    }

    private void show(int y, List<StudySummary> sessions, long keep) {
        rows.setAll(sessions.stream().map(s -> StudyRow.of(s, texts)).toList());
        long below = rows.stream().filter(StudyRow::belowTarget).count();
        statusText.set(ui.i18n().tr("study.ui.list.shown", rows.size(), String.valueOf(y), below));
        selected.set(null);
        select(keep);
    }

    public void previousYear() {
        year.set(year.get() - 1);
        load();
    }

    public void nextYear() {
        year.set(year.get() + 1);
        load();
    }

    /** Deletes the chosen session with its roll after confirmation; a refusal is shown with its reason. */
    public void delete() {
        withSelected(s -> {
            if (!ui.dialogs().confirm(ui.i18n().tr("study.ui.list.delete.confirm", s.documentSymbol(),
                    Messages.date(s.date())))) {
                return;
            }
            try {
                study.delete(s.id());
                selected.set(null);
                load();
            } catch (RuntimeException e) {
                ui.dialogs().showError(ui.describe(e));
            }
        });
    }

    /** Runs the action on the chosen session, or asks to choose one first. */
    public void withSelected(Consumer<StudySession> action) {
        StudyRow row = selected.get();
        if (row == null) {
            ui.dialogs().showInfo(ui.i18n().tr("study.ui.list.chooseFirst"));
            return;
        }
        action.accept(row.session());
    }

    /** Chooses the row of the session with the id (nothing when it is not shown). */
    public void select(long sessionId) {
        selected.set(rows.stream().filter(r -> r.id() == sessionId).findFirst().orElse(null));
    }

    /** Shows the year of the session with the id, reloads and chooses it; a session no longer there: the list as is. */
    public void reveal(long sessionId) {
        ui.tasks().run(() -> study.session(sessionId), this::showSaved, failure -> load());
    }

    /** Shows the year of a saved session, reloads and chooses it. */
    public void showSaved(StudySession saved) {
        year.set(saved.date().getYear());
        selected.set(null);
        ui.tasks().run(() -> study.sessions(saved.date().getYear()),
                sessions -> show(saved.date().getYear(), sessions, saved.id()),
                failure -> ui.dialogs().showError(ui.describe(failure)));
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public StringProperty yearTextProperty() {
        return yearText;
    }

    public ObservableList<StudyRow> rows() {
        return rows;
    }

    public ObjectProperty<StudyRow> selectedProperty() {
        return selected;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public StudyDocumentViewModel document() {
        return document;
    }
}
