package vn.sochibo.ui.study;

import java.util.Locale;
import javafx.scene.input.KeyCode;

/**
 * The study roll keys in the table, the same as the meeting roll call: 1 or C present, 2 or L absent with reason,
 * 3 or K absent without reason, Delete clears the mark. Letters and digits are read from the typed character.
 */
final class StudyRollKeys {
    private StudyRollKeys() {
    }

    /** Runs the action of a typed character; false when it has no roll meaning. */
    static boolean typed(String character, StudyRollViewModel vm) {
        switch (character == null ? "" : character.toLowerCase(Locale.ROOT)) {
            case "1", "c" -> vm.markPresent();
            case "2", "l" -> vm.markExcused();
            case "3", "k" -> vm.markUnexcused();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Runs the action of a pressed key (Delete, Backspace); false when it has no roll meaning. */
    static boolean pressed(KeyCode key, StudyRollViewModel vm) {
        if (key == KeyCode.DELETE || key == KeyCode.BACK_SPACE) {
            vm.clearMark();
            return true;
        }
        return false;
    }
}
