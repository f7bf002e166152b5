package vn.sochibo.ui.journal;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.service.journal.JournalLine;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.ui.common.FileNames;
import vn.sochibo.ui.common.UiContext;

/**
 * The change journal screen: the lines of a period (either end may be left empty), oldest first, and writing the
 * lines shown to an Excel file.
 */
public final class JournalViewModel {
    private final JournalService journal;
    private final UiContext ui;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<JournalLine> rows = FXCollections.observableArrayList();
    private final StringProperty statusText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public JournalViewModel(JournalService journal, UiContext ui) {
        this.journal = journal;
        this.ui = ui;
        from.addListener((o, a, b) -> load());
        to.addListener((o, a, b) -> load());
    }

    /** Reads the lines of the chosen period off the FX thread, then shows them. */
    public void load() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start != null && end != null && start.isAfter(end)) {
            rows.clear();
            statusText.set(ui.i18n().tr("journal.error.period", start, end));
            return;
        }
        loading.set(true);
        ui.tasks().run(() -> journal.lines(start, end, ui.i18n().messages()), loaded -> {
            loading.set(false);
            rows.setAll(loaded);
            statusText.set(ui.i18n().tr("journal.shown", String.valueOf(loaded.size())));
        }, failure -> {
            loading.set(false);
            ui.dialogs().showError(ui.describe(failure));
        });
    }

    /** Asks where to save and writes the lines shown to .xlsx off the FX thread; reports the path or the error. */
    public void exportExcel() {
        if (rows.isEmpty()) {
            ui.dialogs().showInfo(ui.i18n().tr("journal.export.nothing"));
            return;
        }
        List<JournalLine> shown = List.copyOf(rows);
        LocalDate start = from.get();
        LocalDate end = to.get();
        String suggested = "nhat-ky-thay-doi-" + ui.today() + ".xlsx";
        ui.dialogs().chooseSaveFile(ui.i18n().tr("journal.export.choose"), "xlsx", suggested)
                .map(f -> FileNames.withExtension(f, ".xlsx"))
                .ifPresent(target -> ui.tasks().run(() -> {
                    journal.export(shown, start, end, target, ui.i18n().messages());
                    return target;
                }, written -> ui.dialogs().showInfo(ui.i18n().tr("journal.export.done",
                        String.valueOf(shown.size()), written.toAbsolutePath().toString())),
                        failure -> ui.dialogs().showError(ui.describe(failure))));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<JournalLine> rows() {
        return rows;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
