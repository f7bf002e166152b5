package vn.sochibo.ui.report;

import java.time.YearMonth;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import vn.sochibo.model.report.ReportSection;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.UiContext;

/** The reports screen: month, figures, the free-text sections, the report's buttons and the Excel summary. */
public final class ReportController extends FxmlController {
    private final UiContext ui;
    private final ReportViewModel vm;
    @FXML
    private Label monthLabel;
    @FXML
    private ComboBox<YearMonth> monthBox;
    @FXML
    private Label figuresLabel;
    @FXML
    private ListView<String> figuresList;
    @FXML
    private Label ideologyLabel;
    @FXML
    private TextArea ideologyArea;
    @FXML
    private Label contentLabel;
    @FXML
    private TextArea contentArea;
    @FXML
    private Label directionLabel;
    @FXML
    private TextArea directionArea;
    @FXML
    private Label proposalsLabel;
    @FXML
    private TextArea proposalsArea;
    @FXML
    private Label savedLabel;
    @FXML
    private Label yearLabel;
    @FXML
    private Spinner<Integer> yearSpinner;
    @FXML
    private Label periodLabel;
    @FXML
    private ComboBox<Integer> periodBox;

    /** The screen over its view-model; the caller runs {@code vm.load()} when the screen is shown. */
    public ReportController(UiContext ui, ReportViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        monthLabel.setLabelFor(monthBox);
        monthBox.setItems(vm.months());
        monthBox.setConverter(Labels.converter(m -> ui.i18n().tr("report.month.item",
                String.format("%02d", m.getMonthValue()), String.valueOf(m.getYear()))));
        monthBox.valueProperty().bindBidirectional(vm.monthProperty());
        figuresLabel.setLabelFor(figuresList);
        figuresList.setItems(vm.figures());
        figuresList.setCellFactory(l -> wrappingCell());
        bindText(ideologyLabel, ideologyArea, ReportSection.IDEOLOGY);
        bindText(contentLabel, contentArea, ReportSection.CONTENT);
        bindText(directionLabel, directionArea, ReportSection.DIRECTION);
        bindText(proposalsLabel, proposalsArea, ReportSection.PROPOSALS);
        savedLabel.textProperty().bind(vm.savedTextProperty());
        yearLabel.setLabelFor(yearSpinner);
        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1930, 2100,
                vm.summary().yearProperty().get()));
        yearSpinner.getValueFactory().valueProperty().bindBidirectional(vm.summary().yearProperty());
        periodLabel.setLabelFor(periodBox);
        periodBox.getItems().setAll(SummaryChoice.PERIODS);
        periodBox.setConverter(Labels.converter(vm.summary()::label));
        periodBox.valueProperty().bindBidirectional(vm.summary().periodProperty());
    }

    /** Long figure lines wrap inside the list instead of running off its right edge. */
    private ListCell<String> wrappingCell() {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(figuresList.widthProperty().subtract(24));
        return cell;
    }

    private void bindText(Label label, TextArea area, ReportSection section) {
        label.setLabelFor(area);
        area.setAccessibleText(label.getText().replace("_", ""));
        area.textProperty().bindBidirectional(vm.text(section));
    }

    @FXML
    private void onPreview() {
        vm.previewReport();
    }

    @FXML
    private void onWord() {
        vm.saveWord();
    }

    @FXML
    private void onSave() {
        vm.saveNow();
    }

    @FXML
    private void onSummary() {
        vm.summary().save();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
