package vn.sochibo.ui.meeting;

import javafx.scene.input.KeyCode;

/**
 * The roll call keys in the table (shown in the legend on screen): 1 or C present, 2 or L absent with reason,
 * 3 or K absent without reason, Delete clears the mark. Arrow keys keep their usual meaning.
 */
final class RollKeys {
    private RollKeys() {
    }

    /** Runs the action of the key on the view-model; false when the key has no roll call meaning. */
    static boolean act(KeyCode key, RollCallViewModel vm) {
        switch (key) {
            case DIGIT1, NUMPAD1, C -> vm.markPresent();
            case DIGIT2, NUMPAD2, L -> vm.markExcused();
            case DIGIT3, NUMPAD3, K -> vm.markUnexcused();
            case DELETE, BACK_SPACE -> vm.clearMark();
            default -> {
                return false;
            }
        }
        return true;
    }
}
