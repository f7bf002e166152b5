package vn.sochibo.ui.study;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.ui.common.UiContext;

/**
 * The form of one study session: document symbol and title, issuing level, organiser, date, place, form,
 * presenter and whether a written reflection is required. Saving creates the session or changes it.
 */
public final class StudyEditDialogViewModel {
    static final int SYMBOL_MAX = 40;
    private final StudyService study;
    private final UiContext ui;
    private final StudySession original;
    private final StringProperty symbol = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<IssuingLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Organiser> organiser = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<StudyForm> form = new SimpleObjectProperty<>();
    private final StringProperty presenter = new SimpleStringProperty("");
    private final BooleanProperty reflectionRequired = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private StudySession saved;

    /** A form over {@code session} (id 0 for a new one). */
    public StudyEditDialogViewModel(StudyService study, UiContext ui, StudySession session) {
        this.study = study;
        this.ui = ui;
        this.original = session;
        symbol.set(session.documentSymbol());
        title.set(session.documentTitle());
        level.set(session.level());
        organiser.set(session.organiser());
        date.set(session.date());
        place.set(session.place());
        form.set(session.form());
        presenter.set(session.presenter());
        reflectionRequired.set(session.reflectionRequired());
    }

    /** A new session on the day: a central resolution studied at the ward's conference, in person. */
    public static StudySession fresh(LocalDate day) {
        return new StudySession(0, "", "", IssuingLevel.TRUNG_UONG, Organiser.WARD, day, "", StudyForm.DIRECT, "",
                false);
    }

    /** The window title: new or change. */
    public String title() {
        return ui.i18n().tr(original.id() == 0 ? "study.ui.edit.title.new" : "study.ui.edit.title.edit");
    }

    /** Checks and saves; false (with the problem naming the field) when something must be corrected first. */
    public boolean save(boolean dateTextInvalid) {
        String wrong = problemWith(dateTextInvalid);
        if (wrong != null) {
            problem.set(wrong);
            return false;
        }
        StudySession s = new StudySession(original.id(), symbol.get(), title.get(), level.get(), organiser.get(),
                date.get(), place.get(), form.get(), presenter.get(), reflectionRequired.get());
        try {
            saved = original.id() == 0 ? study.create(s) : study.update(s);
            problem.set("");
            return true;
        } catch (RuntimeException e) {
            problem.set(ui.describe(e));
            return false;
        }
    }

    private String problemWith(boolean dateTextInvalid) {
        String sym = symbol.get() == null ? "" : symbol.get().strip();
        if (sym.isEmpty()) {
            return ui.i18n().tr("study.ui.edit.error.symbol");
        }
        if (sym.length() > SYMBOL_MAX || !sym.matches(".*\\p{L}.*")) {
            return ui.i18n().tr("study.ui.edit.error.symbolShape", sym, SYMBOL_MAX);
        }
        if (title.get() == null || title.get().isBlank()) {
            return ui.i18n().tr("study.ui.edit.error.title");
        }
        if (dateTextInvalid || date.get() == null) {
            return ui.i18n().tr("study.ui.edit.error.date");
        }
        return null;
    }

    /** The session as saved, after {@link #save(boolean)} returned true. */
    public StudySession saved() {
        return saved;
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<IssuingLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<Organiser> organiserProperty() {
        return organiser;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<StudyForm> formProperty() {
        return form;
    }

    public StringProperty presenterProperty() {
        return presenter;
    }

    public BooleanProperty reflectionRequiredProperty() {
        return reflectionRequired;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObservableList<IssuingLevel> levels() {
        return FXCollections.observableArrayList(IssuingLevel.values());
    }

    public ObservableList<Organiser> organisers() {
        return FXCollections.observableArrayList(Organiser.values());
    }

    public ObservableList<StudyForm> forms() {
        return FXCollections.observableArrayList(StudyForm.values());
    }
}
