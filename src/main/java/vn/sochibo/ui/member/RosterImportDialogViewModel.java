package vn.sochibo.ui.member;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.member.Member;
import vn.sochibo.service.Messages;
import vn.sochibo.service.member.roster.RosterEntry;
import vn.sochibo.service.member.roster.RosterPreview;
import vn.sochibo.service.member.roster.RosterProblem;
import vn.sochibo.service.member.roster.RosterService;
import vn.sochibo.ui.common.UiContext;

/**
 * The roster import dialog's state: the file chosen, the members found, every problem by row and column, and
 * whether import is allowed (only with no error). Reading and writing run off the FX thread.
 */
public final class RosterImportDialogViewModel {
    private final UiContext ui;
    private final RosterService roster;
    private final StringProperty fileText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty hasErrors = new SimpleBooleanProperty(false);
    private final BooleanProperty closed = new SimpleBooleanProperty(false);
    private final ObservableList<RosterImportMemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<RosterImportProblemRow> problems = FXCollections.observableArrayList();
    private final BooleanBinding canImport = ready.and(busy.not());
    private Path file;
    private RosterPreview preview;
    private int imported;

    public RosterImportDialogViewModel(UiContext ui, RosterService roster) {
        this.ui = ui;
        this.roster = roster;
    }

    /** Asks for the workbook to import; false when the user cancelled. */
    public boolean chooseFile() {
        file = ui.dialogs().chooseOpenFile(ui.i18n().tr("roster.import.choose"), "xlsx").orElse(null);
        if (file != null) {
            fileText.set(ui.i18n().tr("roster.import.file", file.toAbsolutePath().toString()));
        }
        return file != null;
    }

    /** Reads the chosen file off the FX thread and shows what importing it would do; an unreadable file closes. */
    public void load() {
        busy.set(true);
        ready.set(false);
        summary.set(ui.i18n().tr("roster.import.reading"));
        ui.tasks().run(() -> roster.preview(file), this::show, failure -> {
            busy.set(false);
            ui.dialogs().showError(ui.describe(failure));
            closed.set(true);
        });
    }

    /** Writes every member in one transaction, when the preview has no error; then closes. */
    public void importAll() {
        if (!canImport.get()) {
            return;
        }
        busy.set(true);
        ui.tasks().run(() -> roster.importPreviewed(preview), count -> {
            busy.set(false);
            imported = count;
            ui.dialogs().showInfo(ui.i18n().tr("roster.import.done", count));
            closed.set(true);
        }, failure -> {
            busy.set(false);
            ui.dialogs().showError(ui.describe(failure));
        });
    }

    /** Closes without writing anything. */
    public void cancel() {
        closed.set(true);
    }

    private void show(RosterPreview p) {
        preview = p;
        Messages messages = ui.i18n().messages();
        LocalDate today = ui.today();
        members.setAll(p.entries().stream().map(e -> memberRow(e, today)).toList());
        problems.setAll(p.problems().stream().map(problem -> problemRow(problem, messages)).toList());
        summary.set(ui.i18n().tr("roster.import.summary", p.sheet(), p.entries().size(), p.errorCount(),
                p.warningCount()));
        verdict.set(p.hasErrors() ? ui.i18n().tr("roster.import.blocked", p.errorCount())
                : ui.i18n().tr("roster.import.ready", p.entries().size()));
        ready.set(!p.hasErrors() && !p.entries().isEmpty());
        hasErrors.set(p.hasErrors());
        busy.set(false);
    }

    private RosterImportMemberRow memberRow(RosterEntry e, LocalDate today) {
        Member m = e.history().member();
        String status = e.history().events().isEmpty() ? ""
                : ui.i18n().tr("member.status." + e.history().statusOn(today).primary().name());
        return new RosterImportMemberRow(e.row(), m.fullName(), m.identity().birthDate(), m.party().cardNumber(),
                m.party().admissionDate(), status, e.hasError() ? ui.i18n().tr("roster.import.level.error") : "");
    }

    private RosterImportProblemRow problemRow(RosterProblem p, Messages messages) {
        String row = p.sheet() == null ? String.valueOf(p.row()) : p.sheet() + ": " + p.row();
        String level = ui.i18n().tr(p.isError() ? "roster.import.level.error" : "roster.import.level.warning");
        return new RosterImportProblemRow(row, p.where(messages), level, p.what(messages), p.isError());
    }

    /** The number of members written, 0 when nothing was imported. */
    public int imported() {
        return imported;
    }

    public StringProperty fileTextProperty() {
        return fileText;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True when the preview has no error and nothing is running: the Import button is enabled. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** True when the file has errors: the verdict is shown as an error. */
    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors;
    }

    /** Becomes true when the dialog should close. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed;
    }

    public ObservableList<RosterImportMemberRow> members() {
        return members;
    }

    public ObservableList<RosterImportProblemRow> problems() {
        return problems;
    }
}
