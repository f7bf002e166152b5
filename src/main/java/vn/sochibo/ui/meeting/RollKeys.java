package vn.sochibo.ui.meeting;

import java.util.Locale;
import javafx.scene.input.KeyCode;

/**
 * The roll call keys in the table (shown in the legend on screen): 1 or C present, 2 or L absent with reason,
 * 3 or K absent without reason, Delete clears the mark. Arrow keys keep their usual meaning. Letters and digits
 * are read from the typed character, so the key that moves the focus to the reason field is not typed into it.
 */
final class RollKeys {
    private RollKeys() {
    }

    /** Runs the action of a typed character on the view-model; false when it has no roll call meaning. */
    static boolean typed(String character, RollCallViewModel vm) {
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

    /** Runs the action of a pressed key (Delete, Backspace); false when it has no roll call meaning. */
    static boolean pressed(KeyCode key, RollCallViewModel vm) {
        if (key == KeyCode.DELETE || key == KeyCode.BACK_SPACE) {
            vm.clearMark();
            return true;
        }
        return false;
    }
}
