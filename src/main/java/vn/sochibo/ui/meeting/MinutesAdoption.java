package vn.sochibo.ui.meeting;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.LongFunction;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.meeting.MinutesService;
import vn.sochibo.ui.common.UiContext;

/** The end of the live minutes: the text read back, adoption after confirmation, correction with a reason. */
final class MinutesAdoption {
    private final MinutesService minutes;
    private final LongFunction<String> minutesText;
    private final UiContext ui;

    MinutesAdoption(MinutesService minutes, LongFunction<String> minutesText, UiContext ui) {
        this.minutes = minutes;
        this.minutesText = minutesText;
        this.ui = ui;
    }

    /** The whole minutes as text (after noting the closing time); null when it cannot be made (the error shown). */
    String readBack(Meeting m) {
        try {
            return minutesText.apply(closed(m).id());
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
            return null;
        }
    }

    /** After confirmation, the meeting adopted with the minutes' text; empty when declined or refused (shown). */
    Optional<Meeting> adopt(Meeting m) {
        if (!ui.dialogs().confirm(ui.i18n().tr("minutes.adopt.confirm"))) {
            return Optional.empty();
        }
        try {
            Meeting closed = closed(m);
            return Optional.of(minutes.adopt(closed.id(), minutesText.apply(closed.id())));
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
            return Optional.empty();
        }
    }

    /** The meeting opened for correction with the reason asked; empty when cancelled or refused (shown). */
    Optional<Meeting> correct(Meeting m, TextPrompt prompt) {
        Optional<String> reason = prompt.ask(ui.i18n().tr("minutes.correct.prompt"));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(minutes.reopenForCorrection(m.id(), reason.get()));
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
            return Optional.empty();
        }
    }

    /** On the meeting day, the read-back marks the end: the closing time goes into the minutes if not yet set. */
    private Meeting closed(Meeting m) {
        LocalDateTime now = LocalDateTime.now(ui.clock());
        if (!m.isAdopted() && m.endTime() == null && now.toLocalDate().equals(m.date())) {
            return minutes.setEndTime(m.id(), now.toLocalTime().withSecond(0).withNano(0));
        }
        return m;
    }
}
