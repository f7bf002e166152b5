package vn.sochibo.ui.report;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.sochibo.service.Services;
import vn.sochibo.ui.common.FileNames;
import vn.sochibo.ui.common.UiContext;

/** The year and period (0 = whole year, 1–4 = quarter) of the Excel summary, and writing it. */
public final class SummaryChoice {
    /** The periods offered: the whole year, then quarters I–IV. */
    public static final List<Integer> PERIODS = List.of(0, 1, 2, 3, 4);
    private final Services services;
    private final UiContext ui;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> period = new SimpleObjectProperty<>(0);

    SummaryChoice(Services services, UiContext ui) {
        this.services = services;
        this.ui = ui;
        year.set(ui.today().getYear());
    }

    /** "Cả năm" or "Quý I" … "Quý IV". */
    public String label(Integer p) {
        return p == null ? "" : ui.i18n().tr("report.summary.period." + p);
    }

    /** Asks where to save, then writes the summary of the chosen year or quarter as .xlsx. */
    public void save() {
        Integer y = year.get();
        if (y == null || y < 1930 || y > 2100) {
            ui.dialogs().showError(ui.i18n().tr("report.summary.error.year"));
            return;
        }
        Integer quarter = period.get() == null || period.get() == 0 ? null : period.get();
        String suggested = "tong-hop-" + y + (quarter == null ? "" : "-quy-" + quarter) + ".xlsx";
        ui.dialogs().chooseSaveFile(ui.i18n().tr("report.summary.choose"), "xlsx", suggested)
                .map(f -> FileNames.withExtension(f, ".xlsx"))
                .ifPresent(target -> ui.tasks().run(() -> {
                    services.summary().write(y, quarter, target);
                    return target;
                }, written -> ui.dialogs().showInfo(ui.i18n().tr("report.summary.done",
                        written.toAbsolutePath().toString())), failure -> ui.dialogs().showError(
                        ui.describe(failure))));
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> periodProperty() {
        return period;
    }
}
