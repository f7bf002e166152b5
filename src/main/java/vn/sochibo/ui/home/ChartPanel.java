package vn.sochibo.ui.home;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.VBox;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.service.home.HomeCharts;
import vn.sochibo.ui.common.I18n;

/**
 * The home screen's three bar charts, made the first time their figures arrive (after the reminders are on screen),
 * so the window's first frame does not wait for chart skins and axes.
 */
final class ChartPanel {
    private final I18n i18n;
    private final VBox box;
    private BarChart<String, Number> attendance;
    private BarChart<String, Number> composition;
    private BarChart<String, Number> study;

    /** The charts go into {@code box}, where the view keeps room for them. */
    ChartPanel(I18n i18n, VBox box) {
        this.i18n = i18n;
        this.box = box;
    }

    /** Shows the figures, making the charts first when needed. */
    void show(HomeCharts charts) {
        if (attendance == null) {
            attendance = chart("attendanceChart", "home.chart.attendance", "home.chart.month", percentAxis());
            composition = chart("compositionChart", "home.chart.composition", "home.chart.category",
                    axis(new NumberAxis(), "home.chart.people"));
            study = chart("studyChart", "home.chart.study", "home.chart.session", percentAxis());
            box.getChildren().setAll(attendance, composition, study);
        }
        Bars.rates(attendance, charts.attendance());
        StatusCounts c = charts.composition();
        Bars.counts(composition, List.of(i18n.tr("home.chart.official"), i18n.tr("home.chart.probationary"),
                i18n.tr("home.chart.exempted"), i18n.tr("home.chart.away"), i18n.tr("home.chart.attached")),
                List.of(c.official(), c.probationary(), c.exempted(), c.temporarilyOut(), c.attached()));
        Bars.rates(study, charts.study());
        study.setTitle(i18n.tr(charts.study().isEmpty() ? "home.chart.study.none" : "home.chart.study"));
    }

    private NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis(0, 115, 20);
        axis.setAutoRanging(false);
        return axis(axis, "home.chart.percent");
    }

    private NumberAxis axis(NumberAxis axis, String labelKey) {
        axis.setLabel(i18n.tr(labelKey));
        axis.setAnimated(false);
        return axis;
    }

    private BarChart<String, Number> chart(String id, String title, String xLabel, NumberAxis y) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(i18n.tr(xLabel));
        x.setAnimated(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(i18n.tr(title));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        chart.setMinHeight(280);
        chart.getStyleClass().add("home-chart");
        return chart;
    }
}
