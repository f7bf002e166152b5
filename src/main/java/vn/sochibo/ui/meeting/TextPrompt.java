package vn.sochibo.ui.meeting;

import java.util.Optional;

/** Asks for one line of text (the reason of a correction); empty when cancelled. */
@FunctionalInterface
public interface TextPrompt {
    Optional<String> ask(String message);
}
