package vn.sochibo.ui.home;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import vn.sochibo.model.home.Rate;

/** Fills the home bar charts in greys with a black outline and the value written on each bar (readable in print). */
final class Bars {
    private static final String BAR_STYLE = "-fx-background-color: #b0b0b0; -fx-border-color: black;";

    private Bars() {
    }

    /** One bar per rate, its height the percent and its label "92%" (or "–" when nobody was expected). */
    static void rates(BarChart<String, Number> chart, List<Rate> rates) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Rate r : rates) {
            series.getData().add(bar(r.label(), r.percent(), r.percentText()));
        }
        chart.getData().setAll(List.of(series));
        if (chart.getYAxis() instanceof NumberAxis axis) {
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number n) {
                    return n.doubleValue() > 100 ? "" : n.intValue() + "%";
                }

                @Override
                public Number fromString(String s) {
                    return 0;
                }
            });
        }
    }

    /** One bar per label with the count as its height and its label. */
    static void counts(BarChart<String, Number> chart, List<String> labels, List<Integer> counts) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < labels.size(); i++) {
            series.getData().add(bar(labels.get(i), counts.get(i), String.valueOf(counts.get(i))));
        }
        chart.getData().setAll(List.of(series));
        if (chart.getYAxis() instanceof NumberAxis axis) {
            int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
            axis.setAutoRanging(false);
            axis.setLowerBound(0);
            axis.setUpperBound(Math.max(5, Math.ceil(max * 1.2 + 1)));
            axis.setTickUnit(Math.max(1, Math.ceil(max / 5.0)));
            axis.setMinorTickVisible(false);
        }
    }

    private static XYChart.Data<String, Number> bar(String category, Number value, String text) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, value);
        Label label = new Label(text);
        label.setStyle("-fx-text-fill: black; -fx-font-weight: bold;");
        label.setMinSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        label.setTranslateY(-22);
        StackPane node = new StackPane(label);
        node.setStyle(BAR_STYLE);
        node.setMinHeight(0);
        StackPane.setAlignment(label, Pos.TOP_CENTER);
        data.setNode(node);
        return data;
    }
}
