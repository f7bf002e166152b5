package vn.sochibo.ui.common;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of every roll table (meeting roll call, study roll; shown in the legend on screen): 1 or C present, 2 or L
 * absent with reason, 3 or K absent without reason, Delete clears the mark. Arrow keys keep their usual meaning.
 * Letters and digits are read from the typed character, so the key that moves the focus to the reason field is not
 * typed into it.
 */
public final class RollKeys {
    private RollKeys() {
    }

    /** Runs the mark of a typed or pressed key on the roll and consumes the event; other keys pass through. */
    public static void handle(KeyEvent e, RollMarks roll) {
        boolean done = e.getEventType() == KeyEvent.KEY_TYPED ? typed(e.getCharacter(), roll)
                : pressed(e.getCode(), roll);
        if (done) {
            e.consume();
        }
    }

    /** Runs the mark of a typed character; false when it has no roll meaning. */
    public static boolean typed(String character, RollMarks roll) {
        switch (character == null ? "" : character.toLowerCase(Locale.ROOT)) {
            case "1", "c" -> roll.markPresent();
            case "2", "l" -> roll.markExcused();
            case "3", "k" -> roll.markUnexcused();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Runs the action of a pressed key (Delete, Backspace); false when it has no roll meaning. */
    public static boolean pressed(KeyCode key, RollMarks roll) {
        if (key == KeyCode.DELETE || key == KeyCode.BACK_SPACE) {
            roll.clearMark();
            return true;
        }
        return false;
    }
}
