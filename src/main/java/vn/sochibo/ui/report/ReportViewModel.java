package vn.sochibo.ui.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.model.report.ReportNote;
import vn.sochibo.model.report.ReportSection;
import vn.sochibo.service.Services;
import vn.sochibo.service.report.MonthlyReports;
import vn.sochibo.ui.common.Debouncer;
import vn.sochibo.ui.common.FileNames;
import vn.sochibo.ui.common.UiContext;

/**
 * The reports screen: a month's computed figures, the secretary's free-text sections saved a moment after typing
 * stops (and when the month changes), preview and Word export of the monthly report, and the Excel summaries.
 */
public final class ReportViewModel {
    /** How long typing must pause before the texts are saved. */
    static final Duration QUIET = Duration.ofMillis(1500);
    /** How many past months the month picker offers. */
    static final int MONTHS_BACK = 24;
    private final Services services;
    private final MonthlyReports reports;
    private final UiContext ui;
    private final BiConsumer<PartyDocument, Runnable> preview;
    private final Debouncer autosave;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<String> figures = FXCollections.observableArrayList();
    private final Map<ReportSection, StringProperty> texts = new EnumMap<>(ReportSection.class);
    private final Map<ReportSection, String> stored = new EnumMap<>(ReportSection.class);
    private final StringProperty savedText = new SimpleStringProperty("");
    private final SummaryChoice summary;
    private YearMonth loaded;
    private boolean filling;

    /** The screen's model; {@code preview} shows a document with a "save Word" action (the print preview). */
    public ReportViewModel(Services services, UiContext ui, Debouncer.Scheduler scheduler,
                           BiConsumer<PartyDocument, Runnable> preview) {
        this.services = services;
        this.reports = new MonthlyReports(services, ui.clock());
        this.ui = ui;
        this.preview = preview;
        this.autosave = new Debouncer(scheduler, QUIET, this::saveNow);
        this.summary = new SummaryChoice(services, ui);
        YearMonth now = YearMonth.from(ui.today());
        for (int i = 0; i <= MONTHS_BACK; i++) {
            months.add(now.minusMonths(i));
        }
        for (ReportSection s : ReportSection.values()) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> edited());
            texts.put(s, p);
        }
        month.set(now);
        month.addListener((o, a, b) -> load());
    }

    /** Saves pending texts of the month shown, then reads the chosen month's figures and texts. */
    public void load() {
        autosave.flush();
        YearMonth m = month.get();
        if (m == null) {
            return;
        }
        ui.tasks().run(() -> new Loaded(ReportFigures.lines(reports.report(m), ui.i18n()), reports.savedNotes(m)),
                l -> show(m, l), failure -> ui.dialogs().showError(ui.describe(failure)));
    }

    /** Saves the texts that changed since they were read or last saved. */
    public void saveNow() {
        autosave.cancel();
        YearMonth m = loaded;
        Map<ReportSection, String> changed = new EnumMap<>(ReportSection.class);
        texts.forEach((s, p) -> {
            if (m != null && !p.get().equals(stored.getOrDefault(s, ""))) {
                changed.put(s, p.get());
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        changed.forEach(stored::put);
        ui.tasks().run(() -> changed.entrySet().stream().map(e -> reports.save(m, e.getKey(), e.getValue()))
                .reduce((a, b) -> b).orElseThrow(), note -> savedText.set(ui.i18n().tr("report.saved",
                        String.format("%02d:%02d", note.updatedAt().getHour(), note.updatedAt().getMinute()))),
                failure -> {
                    changed.keySet().forEach(stored::remove);
                    ui.dialogs().showError(ui.describe(failure));
                });
    }

    /** Builds the report of the month and shows it in the print preview. */
    public void previewReport() {
        saveNow();
        YearMonth m = month.get();
        ui.tasks().run(() -> reports.document(m), doc -> preview.accept(doc, this::saveWord),
                failure -> ui.dialogs().showError(ui.describe(failure)));
    }

    /** Asks where to save, numbers the report on its first export and writes it as .docx. */
    public void saveWord() {
        saveNow();
        YearMonth m = month.get();
        ui.dialogs().chooseSaveFile(ui.i18n().tr("report.word.choose"), "docx", "bao-cao-thang-" + m + ".docx")
                .map(f -> FileNames.withExtension(f, ".docx"))
                .ifPresent(target -> ui.tasks().run(() -> {
                    Path written = reports.write(m, target);
                    return ui.i18n().tr("report.word.done", String.format("%02d", reports.number(m)),
                            String.format("%02d/%d", m.getMonthValue(), m.getYear()),
                            written.toAbsolutePath().toString());
                }, done -> ui.dialogs().showInfo(done), failure -> ui.dialogs().showError(ui.describe(failure))));
    }

    private void show(YearMonth m, Loaded l) {
        loaded = m;
        figures.setAll(l.figures());
        stored.clear();
        filling = true;
        for (ReportSection s : ReportSection.values()) {
            ReportNote n = l.notes().get(s);
            stored.put(s, n == null ? "" : n.text());
            texts.get(s).set(stored.get(s));
        }
        filling = false;
        savedText.set("");
    }

    private void edited() {
        if (!filling) {
            autosave.poke();
        }
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObservableList<String> figures() {
        return figures;
    }

    /** The editable text of a section. */
    public StringProperty text(ReportSection s) {
        return texts.get(s);
    }

    public StringProperty savedTextProperty() {
        return savedText;
    }

    /** The quarterly and yearly summary part of the screen. */
    public SummaryChoice summary() {
        return summary;
    }

    /** What one load read: the figures' lines and the stored texts. */
    private record Loaded(List<String> figures, Map<ReportSection, ReportNote> notes) {
    }
}
