package vn.sochibo.ui.study;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.study.DocumentSummary;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.ui.common.UiContext;

/**
 * One document over every session it was studied in: how many sessions, the participation against the target,
 * and the members who still owe attendance (học bù) or a written reflection (bài thu hoạch).
 */
public final class StudyDocumentViewModel {
    private final StudyService study;
    private final UiContext ui;
    private final StudyTexts texts;
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty participation = new SimpleStringProperty("");
    private final ObservableList<String> debts = FXCollections.observableArrayList();

    public StudyDocumentViewModel(StudyService study, UiContext ui) {
        this.study = study;
        this.ui = ui;
        this.texts = new StudyTexts(ui.i18n());
        clear();
    }

    /** Reads the document with the symbol (nothing chosen when blank). */
    public void load(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            clear();
            return;
        }
        ui.tasks().run(() -> study.byDocument(symbol), this::show,
                failure -> participation.set(ui.describe(failure)));
    }

    private void show(DocumentSummary d) {
        String title = d.sessions().isEmpty() ? "" : d.sessions().get(0).session().documentTitle();
        heading.set(ui.i18n().tr("study.ui.document.heading", d.documentSymbol(), title, d.sessions().size()));
        participation.set(ui.i18n().tr("study.ui.document.participation", d.participation().completed(),
                d.participation().expected(), texts.rate(d.participation())));
        debts.setAll(d.debts().isEmpty() ? java.util.List.of(ui.i18n().tr("study.ui.document.noDebts"))
                : d.debts().stream().map(texts::debt).toList());
    }

    private void clear() {
        heading.set(ui.i18n().tr("study.ui.document.none"));
        participation.set("");
        debts.clear();
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty participationProperty() {
        return participation;
    }

    public ObservableList<String> debts() {
        return debts;
    }
}
