package vn.sochibo.model.journal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.sochibo.model.text.Texts;

/**
 * One line of the change journal: when (to the second), which computer account, what was done, about whom or
 * what, and details (plain text or an encoded message, see {@code JournalDetails}). Lines are only ever added.
 */
public record JournalEntry(LocalDateTime at, String actor, JournalAction action, String subject, String details) {
    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        at = at.truncatedTo(ChronoUnit.SECONDS);
        actor = Texts.clean(actor);
        subject = Texts.clean(subject);
        details = Texts.clean(details);
    }
}
