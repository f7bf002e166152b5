package vn.sochibo.ui.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.model.meeting.Vote;
import vn.sochibo.model.meeting.VoteMethod;
import vn.sochibo.model.meeting.VoteOutcome;
import vn.sochibo.model.meeting.VoteRules;
import vn.sochibo.model.rules.Threshold;
import vn.sochibo.service.meeting.VoteService;
import vn.sochibo.ui.common.UiContext;

/**
 * The votes of a meeting (rules.md §3.3): the votes recorded with their results, and a form for one vote showing the
 * denominator and threshold, before counting whether passing is still possible with those present, and the result
 * with its percentage as the counts are entered.
 */
public final class VotePanelViewModel {
    private final VoteService votes;
    private final LongFunction<Roll> roll;
    private final UiContext ui;
    private final long meetingId;
    private final LocalDate date;
    private final ObservableList<VoteOutcome> recorded = FXCollections.observableArrayList();
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<DecisionType> decision = new SimpleObjectProperty<>(DecisionType.ORDINARY);
    private final ObjectProperty<VoteMethod> method = new SimpleObjectProperty<>(VoteMethod.HANDS);
    private final IntegerProperty yes = new SimpleIntegerProperty();
    private final IntegerProperty against = new SimpleIntegerProperty();
    private final IntegerProperty other = new SimpleIntegerProperty();
    private final StringProperty ruleText = new SimpleStringProperty("");
    private final StringProperty possibleText = new SimpleStringProperty("");
    private final StringProperty resultText = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private RollSummary summary;
    private long editing;

    public VotePanelViewModel(VoteService votes, LongFunction<Roll> roll, UiContext ui, long meetingId,
                              LocalDate date) {
        this.votes = votes;
        this.roll = roll;
        this.ui = ui;
        this.meetingId = meetingId;
        this.date = date;
        decision.addListener((o, a, b) -> judge());
        yes.addListener((o, a, b) -> judge());
        against.addListener((o, a, b) -> judge());
        other.addListener((o, a, b) -> judge());
    }

    /** Reads the roll's counts and the votes recorded so far. */
    public void load() {
        try {
            summary = roll.apply(meetingId).summary();
            recorded.setAll(votes.outcomes(meetingId, summary));
        } catch (RuntimeException e) {
            summary = null;
            recorded.setAll(List.of());
            ruleText.set(ui.describe(e));
            return;
        }
        judge();
    }

    /** Records the vote of the form (a new one, or the one chosen for editing); the form is emptied after. */
    public boolean save() {
        if (summary == null) {
            return false;
        }
        Vote v = new Vote(editing, meetingId, 0, subject.get(), decision.get(), method.get(), yes.get(),
                against.get(), other.get());
        try {
            if (editing == 0) {
                votes.add(v, summary);
            } else {
                votes.update(v, summary);
            }
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
            return false;
        }
        clear();
        load();
        return true;
    }

    /** Puts a recorded vote in the form to correct it. */
    public void edit(VoteOutcome outcome) {
        Vote v = outcome.vote();
        editing = v.id();
        subject.set(v.subject());
        decision.set(v.decision());
        method.set(v.method());
        yes.set(v.yes());
        against.set(v.against());
        other.set(v.other());
    }

    /** Removes a recorded vote after confirmation. */
    public void remove(VoteOutcome outcome) {
        if (!ui.dialogs().confirm(ui.i18n().tr("minutes.vote.removeConfirm", outcome.vote().subject()))) {
            return;
        }
        try {
            votes.remove(outcome.vote().id());
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
        }
        load();
    }

    /** Empties the form for a new vote. */
    public void clear() {
        editing = 0;
        subject.set("");
        yes.set(0);
        against.set(0);
        other.set(0);
    }

    /** A recorded vote as one line: subject, counts, and result with percentage of the denominator. */
    public String line(VoteOutcome o) {
        Vote v = o.vote();
        return ui.i18n().tr("minutes.vote.line", v.subject(), v.yes(), o.denominator(), percent(o.percent()),
                v.against(), v.other(), ui.i18n().tr(o.passed() ? "minutes.vote.passed" : "minutes.vote.failed"),
                o.thresholdText());
    }

    private void judge() {
        if (summary == null) {
            return;
        }
        int denominator = summary.voteDenominator();
        int present = summary.presentOfficial();
        Threshold t = VoteRules.threshold(decision.get(), date);
        ruleText.set(ui.i18n().tr("minutes.vote.rule", denominator, t.text(), t.minimumYes(denominator), present,
                t.legalBasis()));
        possibleText.set(VoteRules.stillPossible(decision.get(), denominator, present, date)
                ? ui.i18n().tr("minutes.vote.possible", t.minimumYes(denominator))
                : ui.i18n().tr("minutes.vote.impossible", present, t.minimumYes(denominator)));
        Vote v = new Vote(editing, meetingId, 0, subject.get(), decision.get(), method.get(), yes.get(),
                against.get(), other.get());
        if (v.cast() > present) {
            resultText.set(ui.i18n().tr("vote.error.aboveOfficialsPresent", v.cast(), present));
            return;
        }
        VoteOutcome o = VoteRules.outcome(v, denominator, date);
        resultText.set(v.cast() == 0 ? "" : ui.i18n().tr("minutes.vote.result", v.yes(), denominator,
                percent(o.percent()), ui.i18n().tr(o.passed() ? "minutes.vote.passed" : "minutes.vote.failed")));
    }

    private String percent(double value) {
        return String.format(ui.i18n().messages().locale(), "%.1f", value);
    }

    public ObservableList<VoteOutcome> recorded() {
        return recorded;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<DecisionType> decisionProperty() {
        return decision;
    }

    public ObjectProperty<VoteMethod> methodProperty() {
        return method;
    }

    public IntegerProperty yesProperty() {
        return yes;
    }

    public IntegerProperty againstProperty() {
        return against;
    }

    public IntegerProperty otherProperty() {
        return other;
    }

    public StringProperty ruleTextProperty() {
        return ruleText;
    }

    public StringProperty possibleTextProperty() {
        return possibleText;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }
}
