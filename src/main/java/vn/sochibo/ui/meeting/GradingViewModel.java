package vn.sochibo.ui.meeting;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.model.meeting.GradeRules;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.meeting.MinutesService;
import vn.sochibo.ui.common.UiContext;

/** Grading a meeting (rules.md §3.5): points out of 100 and the key criteria give the grade shown as they change. */
public final class GradingViewModel {
    private final MinutesService minutes;
    private final UiContext ui;
    private final Meeting meeting;
    private final IntegerProperty points = new SimpleIntegerProperty();
    private final BooleanProperty keyMet = new SimpleBooleanProperty();
    private final StringProperty gradeText = new SimpleStringProperty("");

    public GradingViewModel(MinutesService minutes, UiContext ui, Meeting meeting) {
        this.minutes = minutes;
        this.ui = ui;
        this.meeting = meeting;
        points.set(meeting.gradePoints() == null ? 0 : meeting.gradePoints());
        keyMet.set(meeting.gradeKeyMet());
        points.addListener((o, a, b) -> show());
        keyMet.addListener((o, a, b) -> show());
        show();
    }

    /** Saves the points and key criteria; returns the meeting graded, or null when refused (the error is shown). */
    public Meeting save() {
        try {
            return minutes.setGrade(meeting.id(), points.get(), keyMet.get());
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
            return null;
        }
    }

    private void show() {
        if (!GradeRules.check(points.get()).isEmpty()) {
            gradeText.set(ui.i18n().issue(GradeRules.check(points.get()).get(0)));
            return;
        }
        gradeText.set(ui.i18n().tr("minutes.grade.result", points.get(), ui.i18n().tr("minutes.grade."
                + GradeRules.grade(meeting.date(), points.get(), keyMet.get()).name())));
    }

    public IntegerProperty pointsProperty() {
        return points;
    }

    public BooleanProperty keyMetProperty() {
        return keyMet;
    }

    public StringProperty gradeTextProperty() {
        return gradeText;
    }
}
