package vn.sochibo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.App;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.AppSettings;
import vn.sochibo.ui.meeting.MeetingRow;
import vn.sochibo.ui.meeting.RollRow;

/**
 * The secretary's monthly meeting through the real window: sample branch, meetings screen, roll call of December
 * with two absences, live minutes with a note and a vote, adoption, then the Word minutes read back.
 */
@Tag("gui")
class MeetingFlowTest extends FxRobot {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final String REASON = "Ốm nằm viện";
    private static final String NOTE = "Đồng chí Bí thư quán triệt nhiệm vụ tháng 12";
    private static final String SUBJECT = "Nghị quyết tháng 12";
    @TempDir
    Path dir;
    private Path db;
    private TestUi t;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        t = new TestUi();
        db = dir.resolve("meeting-flow.db");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(new AppSettings(t.prefs), TestUi.fixedClock(), db));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        t.dispose();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    @Test
    void monthlyMeeting_rollCallMinutesVoteAdopt_storedAndWrittenToWord() throws Exception {
        clickOn("#sampleButton");
        waitFor("the sample branch's home screen", () -> lookup("#remindersTable").tryQuery().isPresent()
                && !table("#remindersTable").getItems().isEmpty());

        clickOn("#meetingsNavButton");
        waitFor("the meetings of the year", () -> lookup("#meetingTable").tryQuery().isPresent()
                && december() != null);
        MeetingRow row = december();
        assertEquals(MeetingState.PLANNED, row.meeting().state(), "the meeting after today is still planned");
        assertEquals(MeetingState.ADOPTED, regular(YearMonth.of(2026, 10)).meeting().state(),
                "the sample's past meetings are held and adopted");
        long meetingId = row.id();
        chooseDecember();
        clickOn("#rollCallButton");
        waitFor("the roll call", () -> lookup("#rollTable").tryQuery().isPresent()
                && !this.<RollRow>table("#rollTable").getItems().isEmpty());

        clickOn("#allPresentButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RollRow> roll = table("#rollTable");
        List<RollRow> expected = roll.getItems().stream()
                .filter(r -> r.categoryCode() == RollCategory.EXPECTED).toList();
        assertTrue(expected.size() >= 3, "the sample has members expected at the meeting");
        assertTrue(expected.stream().allMatch(r -> r.status() == AttendanceStatus.PRESENT), "everyone present");
        RollRow excused = expected.get(0);
        RollRow unexcused = expected.get(expected.size() - 1);

        chooseRoll(roll, excused);
        type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#reasonField").queryAs(TextField.class).isFocused(), "2 moves to the reason field");
        write(REASON).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        chooseRoll(roll, unexcused);
        type(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();

        String counts = lookup("#countsLabel").queryAs(Label.class).getText();
        assertTrue(counts.contains("Vắng mặt: 2; có lý do: 1 (" + excused.name() + " – " + REASON
                + "); không có lý do: 1 (" + unexcused.name() + ")"), counts);
        int officialsPresent = officialsPresent(counts);
        assertTrue(officialsPresent > 0, counts);

        Window rollWindow = lookup("#rollTable").query().getScene().getWindow();
        interact(() -> ((Stage) rollWindow).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#rollTable").tryQuery().isPresent(), "the roll call window is closed");

        chooseDecember();
        clickOn("#minutesButton");
        waitFor("the live minutes", () -> lookup("#notesArea").tryQuery().isPresent());
        clickOn("#notesArea").write(NOTE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#notesArea").queryAs(TextArea.class).getText().contains(NOTE));

        clickOn("#votesButton");
        waitFor("the votes window", () -> lookup("#saveVoteButton").tryQuery().isPresent());
        clickOn("#subjectField").write(SUBJECT);
        setCount("#yesSpinner", officialsPresent);
        setCount("#againstSpinner", 0);
        setCount("#otherSpinner", 0);
        clickOn("#saveVoteButton");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> recorded = lookup("#recordedList").queryAs(ListView.class);
        assertEquals(1, recorded.getItems().size(), "the vote is listed");
        Node votesRoot = lookup("#saveVoteButton").query().getScene().getRoot();
        clickOn(from(votesRoot).lookup("#closeButton").queryButton());
        waitFor("the votes window to close", () -> lookup("#saveVoteButton").tryQuery().isEmpty());

        clickOn("#adoptButton");
        waitFor("the confirmation", () -> yesButton() != null);
        assertTrue(((DialogPane) yesButton().getScene().getRoot()).getContentText().startsWith("Thông qua biên bản?"));
        clickOn(yesButton());
        waitFor("the minutes to become read-only", () -> !lookup("#notesArea").queryAs(TextArea.class).isEditable());
        Window live = lookup("#notesArea").query().getScene().getWindow();
        interact(() -> ((Stage) live).close());
        waitFor("the list to show the adoption", () -> december().meeting().state() == MeetingState.ADOPTED);

        FxToolkit.cleanupApplication(app);
        app = null;
        Path word = dir.resolve("bien-ban.docx");
        try (Services s = Services.openForReading(db, TestUi.fixedClock())) {
            Meeting adopted = s.meeting().meetings().get(meetingId);
            assertEquals(MeetingState.ADOPTED, adopted.state());
            Roll stored = s.meeting().roll().roll(meetingId);
            assertEquals(2, stored.summary().absent());
            assertEquals(List.of(excused.memberId()), ids(stored.summary().absentExcused()));
            assertEquals(List.of(unexcused.memberId()), ids(stored.summary().absentUnexcused()));
            assertEquals(REASON, stored.summary().absentExcused().get(0).mark().reason());
            assertEquals(1, s.meeting().minutes().versions(meetingId).size(), "one adopted version");
            s.meeting().documents().writeMinutes(meetingId, word);
        }
        String text = wordText(word);
        assertTrue(text.contains(excused.name() + " – " + REASON), text);
        assertTrue(text.contains(unexcused.name()), text);
        assertTrue(text.contains("tán thành " + officialsPresent + "/"), text);
        assertTrue(text.contains(NOTE), text);
    }

    private MeetingRow december() {
        return regular(DECEMBER);
    }

    private MeetingRow regular(YearMonth month) {
        return this.<MeetingRow>table("#meetingTable").getItems().stream()
                .filter(r -> r.meeting().type() == MeetingType.REGULAR
                        && YearMonth.from(r.meeting().date()).equals(month))
                .findFirst().orElse(null);
    }

    /** Clicks the December regular meeting's row in the table. */
    private void chooseDecember() throws Exception {
        waitFor("the December meeting in the list", () -> december() != null);
        TableView<MeetingRow> meetings = table("#meetingTable");
        MeetingRow row = december();
        // selected as a click would, without depending on where the window lies on the headless screen
        interact(() -> {
            meetings.scrollTo(row);
            meetings.getSelectionModel().select(row);
            meetings.requestFocus();
        });
        assertEquals(row, meetings.getSelectionModel().getSelectedItem());
    }

    /** Selects the person's line in the roll table, the table keeping the keyboard focus. */
    private void chooseRoll(TableView<RollRow> roll, RollRow person) {
        interact(() -> {
            int index = roll.getItems().indexOf(roll.getItems().stream()
                    .filter(r -> r.memberId() == person.memberId()).findFirst().orElseThrow());
            roll.getSelectionModel().select(index);
            roll.scrollTo(index);
            roll.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setCount(String id, int value) {
        Spinner<?> spinner = lookup(id).queryAs(Spinner.class);
        clickOn(spinner.getEditor());
        interact(() -> spinner.getEditor().selectAll());
        write(String.valueOf(value));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(value, spinner.getValue(), id);
    }

    private Button yesButton() {
        return lookup(".dialog-pane .button").match(n -> n instanceof Button b && "Có".equals(b.getText())
                && b.getScene() != null && b.getScene().getRoot() instanceof DialogPane).tryQuery()
                .map(Button.class::cast).orElse(null);
    }

    /** The "chính thức" count of "Có mặt: n (chính thức x, …)". */
    private static int officialsPresent(String counts) {
        Matcher m = Pattern.compile("Có mặt: \\d+ \\(chính thức (\\d+)").matcher(counts);
        assertTrue(m.find(), counts);
        return Integer.parseInt(m.group(1));
    }

    private static List<Long> ids(List<RollEntry> entries) {
        return entries.stream().map(RollEntry::memberId).toList();
    }

    private static String wordText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            return words.getText();
        }
    }
}
