package vn.sochibo.ui.meeting;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.model.meeting.VoteMethod;
import vn.sochibo.model.meeting.VoteOutcome;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.UiContext;

/** The votes window: the rule and whether passing is possible, the form of one vote with its result, the list. */
public final class VotePanelController extends FxmlController {
    private static final int MAX_COUNT = 999;
    private final UiContext ui;
    private final VotePanelViewModel vm;
    private Runnable close = () -> { };
    @FXML private Label ruleLabel;
    @FXML private Label possibleLabel;
    @FXML private Label subjectLabel;
    @FXML private TextField subjectField;
    @FXML private Label decisionLabel;
    @FXML private ComboBox<DecisionType> decisionBox;
    @FXML private Label methodLabel;
    @FXML private ComboBox<VoteMethod> methodBox;
    @FXML private Label yesLabel;
    @FXML private Spinner<Integer> yesSpinner;
    @FXML private Label againstLabel;
    @FXML private Spinner<Integer> againstSpinner;
    @FXML private Label otherLabel;
    @FXML private Spinner<Integer> otherSpinner;
    @FXML private Label resultLabel;
    @FXML private Button saveVoteButton;
    @FXML private Button clearButton;
    @FXML private Label recordedLabel;
    @FXML private ListView<VoteOutcome> recordedList;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private Button closeButton;

    public VotePanelController(UiContext ui, VotePanelViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        subjectLabel.setLabelFor(subjectField);
        decisionLabel.setLabelFor(decisionBox);
        methodLabel.setLabelFor(methodBox);
        yesLabel.setLabelFor(yesSpinner);
        againstLabel.setLabelFor(againstSpinner);
        otherLabel.setLabelFor(otherSpinner);
        recordedLabel.setLabelFor(recordedList);
        ruleLabel.textProperty().bind(vm.ruleTextProperty());
        possibleLabel.textProperty().bind(vm.possibleTextProperty());
        resultLabel.textProperty().bind(vm.resultTextProperty());
        subjectField.textProperty().bindBidirectional(vm.subjectProperty());
        decisionBox.getItems().setAll(DecisionType.values());
        decisionBox.setConverter(Labels.converter(d -> ui.i18n().tr("minutes.decision." + d.name())));
        decisionBox.valueProperty().bindBidirectional(vm.decisionProperty());
        methodBox.getItems().setAll(VoteMethod.values());
        methodBox.setConverter(Labels.converter(m -> ui.i18n().tr("minutes.method." + m.name())));
        methodBox.valueProperty().bindBidirectional(vm.methodProperty());
        Counts.bind(yesSpinner, vm.yesProperty(), MAX_COUNT);
        Counts.bind(againstSpinner, vm.againstProperty(), MAX_COUNT);
        Counts.bind(otherSpinner, vm.otherProperty(), MAX_COUNT);
        recordedList.setItems(vm.recorded());
        recordedList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VoteOutcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.line(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        editButton.disableProperty().bind(recordedList.getSelectionModel().selectedItemProperty().isNull());
        removeButton.disableProperty().bind(recordedList.getSelectionModel().selectedItemProperty().isNull());
    }

    void onClose(Runnable action) {
        close = action;
    }

    @FXML
    private void onSaveVote() {
        vm.save();
    }

    @FXML
    private void onClear() {
        vm.clear();
    }

    @FXML
    private void onEdit() {
        vm.edit(recordedList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onRemove() {
        vm.remove(recordedList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onCloseView() {
        close.run();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
