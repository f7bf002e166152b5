package vn.sochibo.ui.meeting;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.UiContext;

/**
 * The meeting-mode screen: agenda on the left (current item marked, done items ticked), the current item's notes in
 * the centre with the speaker picker, the clock against the plan, and the votes, grading, read-back and adoption.
 * Ctrl+Enter or Page Down goes to the next item, Page Up to the previous one.
 */
public final class LiveMinutesController extends FxmlController {
    private final UiContext ui;
    private final LiveMinutesViewModel vm;
    private final MinutesWindows windows;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    @FXML private Label meetingLabel;
    @FXML private Label stateLabel;
    @FXML private Label elapsedLabel;
    @FXML private Label agendaLabel;
    @FXML private ListView<AgendaItem> agendaList;
    @FXML private Label itemTitleLabel;
    @FXML private Label itemPlanLabel;
    @FXML private Label speakerLabel;
    @FXML private ComboBox<String> speakerBox;
    @FXML private Button insertSpeakerButton;
    @FXML private Label notesLabel;
    @FXML private TextArea notesArea;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button votesButton;
    @FXML private Button gradeButton;
    @FXML private Button readBackButton;
    @FXML private Button adoptButton;
    @FXML private Button correctButton;
    @FXML private Button historyButton;
    @FXML private Label savedLabel;

    public LiveMinutesController(UiContext ui, LiveMinutesViewModel vm, MinutesWindows windows) {
        this.ui = ui;
        this.vm = vm;
        this.windows = windows;
    }

    @FXML
    private void initialize() {
        agendaLabel.setLabelFor(agendaList);
        speakerLabel.setLabelFor(speakerBox);
        notesLabel.setLabelFor(notesArea);
        meetingLabel.textProperty().bind(vm.headingProperty());
        stateLabel.textProperty().bind(vm.stateTextProperty());
        elapsedLabel.textProperty().bind(vm.elapsedTextProperty());
        itemTitleLabel.textProperty().bind(vm.itemTitleProperty());
        itemPlanLabel.textProperty().bind(vm.itemPlanProperty());
        savedLabel.textProperty().bind(vm.savedTextProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        notesArea.editableProperty().bind(vm.readOnlyProperty().not());
        speakerBox.setItems(vm.speakers());
        agendaList.setItems(vm.items());
        agendaList.setCellFactory(l -> new AgendaCell());
        agendaList.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> vm.select(b.intValue()));
        vm.currentProperty().addListener((o, a, b) -> showCurrent());
        vm.items().addListener((javafx.collections.ListChangeListener<AgendaItem>) c -> agendaList.refresh());
        nextButton.disableProperty().bind(vm.hasNextProperty().not().and(vm.readOnlyProperty()));
        insertSpeakerButton.disableProperty().bind(vm.readOnlyProperty());
        speakerBox.disableProperty().bind(vm.readOnlyProperty());
        votesButton.disableProperty().bind(vm.readOnlyProperty());
        gradeButton.disableProperty().bind(vm.readOnlyProperty());
        adoptButton.disableProperty().bind(vm.readOnlyProperty());
        correctButton.disableProperty().bind(vm.readOnlyProperty().not());
        clock.setCycleCount(Animation.INDEFINITE);
        notesArea.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
            }
        });
    }

    /** Loads the meeting and starts the clock; the caller shows the root. */
    public void start() {
        vm.load();
        showCurrent();
        clock.play();
    }

    /** Saves what is pending and stops the clock: the window is closing. */
    public void stop() {
        clock.stop();
        vm.close();
    }

    private void tick() {
        vm.tick();
    }

    private void keys(KeyEvent e) {
        boolean next = e.getCode() == KeyCode.PAGE_DOWN || (e.getCode() == KeyCode.ENTER && e.isShortcutDown());
        if (next || e.getCode() == KeyCode.PAGE_UP) {
            e.consume();
            if (next) {
                onNext();
            } else {
                onPrevious();
            }
        }
    }

    private void showCurrent() {
        int i = vm.currentProperty().get();
        if (i >= 0 && agendaList.getSelectionModel().getSelectedIndex() != i) {
            agendaList.getSelectionModel().select(i);
        }
        agendaList.refresh();
        notesArea.positionCaret(notesArea.getLength());
    }

    @FXML
    private void onInsertSpeaker() {
        vm.insertSpeaker(speakerBox.getValue());
        notesArea.requestFocus();
        notesArea.positionCaret(notesArea.getLength());
    }

    @FXML
    private void onNext() {
        vm.next();
    }

    @FXML
    private void onPrevious() {
        vm.previous();
    }

    @FXML
    private void onVotes() {
        windows.votes(notesArea.getScene().getWindow(), vm.meetingProperty().get());
    }

    @FXML
    private void onGrade() {
        windows.grading(notesArea.getScene().getWindow(), vm.meetingProperty().get());
    }

    @FXML
    private void onReadBack() {
        windows.readBack(notesArea.getScene().getWindow(), vm.readBackText());
    }

    @FXML
    private void onAdopt() {
        vm.adopt();
    }

    @FXML
    private void onCorrect() {
        vm.correct(windows::askText);
    }

    @FXML
    private void onHistory() {
        windows.history(notesArea.getScene().getWindow(), vm.meetingId());
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }

    /** One agenda line: the marker of the current item and the tick of a done one are in the text, not colour. */
    private final class AgendaCell extends ListCell<AgendaItem> {
        @Override
        protected void updateItem(AgendaItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : vm.itemLabel(item, getIndex() == vm.currentProperty().get()));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
