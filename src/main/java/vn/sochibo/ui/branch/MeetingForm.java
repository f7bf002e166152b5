package vn.sochibo.ui.branch;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.MeetingDay;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.I18n;

/**
 * The usual meeting part of the branch profile form: a day of the month or the n-th weekday, the time and the
 * place, with the next three meeting dates as a live preview.
 */
public final class MeetingForm {
    /** 19:30, 7:30, 7h30, 19g30, 19h, 19.30, 19. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:\\s*[:hHgG.]\\s*(\\d{2})?)?");
    private static final int PREVIEW_COUNT = 3;
    private final I18n i18n;
    private final LocalDate today;
    private final BooleanProperty byDayOfMonth = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> dayOfMonth = new SimpleObjectProperty<>(5);
    private final ObjectProperty<Integer> nth = new SimpleObjectProperty<>(1);
    private final ObjectProperty<DayOfWeek> weekday = new SimpleObjectProperty<>(DayOfWeek.SUNDAY);
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nextMeetings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clampNote = new ReadOnlyStringWrapper("");

    public MeetingForm(I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.today = today;
        for (Observable o : dependencies()) {
            o.addListener(x -> updatePreview());
        }
    }

    /** Copies the profile's meeting day, time and place into the form. */
    public void fill(BranchProfile p) {
        MeetingDay d = p.meetingDay();
        byDayOfMonth.set(d.kind() == MeetingDay.Kind.DAY_OF_MONTH);
        dayOfMonth.set(d.dayOfMonth());
        nth.set(d.nth());
        weekday.set(d.weekday() == null ? DayOfWeek.SUNDAY : d.weekday());
        time.set(p.meetingTime().toString());
        place.set(p.meetingPlace());
        updatePreview();
    }

    /** The chosen meeting day, or null while the form does not describe one. */
    public MeetingDay meetingDay() {
        Integer day = dayOfMonth.get();
        Integer n = nth.get();
        if (byDayOfMonth.get()) {
            return day == null || day < 1 || day > 31 ? null
                    : new MeetingDay(MeetingDay.Kind.DAY_OF_MONTH, day, n == null ? 1 : n, weekday.get());
        }
        return n == null || n < 1 || n > 5 || weekday.get() == null ? null
                : new MeetingDay(MeetingDay.Kind.NTH_WEEKDAY, day == null ? 1 : day, n, weekday.get());
    }

    /** The meeting time, or null when the text is not a time. */
    public LocalTime meetingTime() {
        return parseTime(time.get());
    }

    /** Parses "19:30", "7:30", "7h30", "19h" or "19.30"; null otherwise. */
    public static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Errors for a missing meeting day or a time that is not hours and minutes. */
    public List<Finding> check() {
        List<Finding> found = new ArrayList<>();
        if (meetingDay() == null) {
            found.add(Finding.error(ProfileField.MEETING_DAY, "validation.choose"));
        }
        if (meetingTime() == null) {
            found.add(Finding.error(ProfileField.MEETING_TIME, "branch.dialog.timeFormat"));
        }
        return found;
    }

    /** The next meeting dates from today on (today included). */
    public List<LocalDate> nextDates() {
        MeetingDay d = meetingDay();
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth m = YearMonth.from(today); d != null && dates.size() < PREVIEW_COUNT; m = m.plusMonths(1)) {
            LocalDate date = d.dateIn(m);
            if (!date.isBefore(today)) {
                dates.add(date);
            }
        }
        return dates;
    }

    private void updatePreview() {
        List<String> shown = nextDates().stream()
                .map(d -> i18n.tr("branch.dialog.weekday." + d.getDayOfWeek()) + " " + Messages.date(d)).toList();
        nextMeetings.set(shown.isEmpty() ? "" : i18n.tr("branch.dialog.nextMeetings", String.join("; ", shown)));
        Integer day = dayOfMonth.get();
        boolean clamps = byDayOfMonth.get() && day != null && day > 28 && day <= 31;
        clampNote.set(clamps ? i18n.tr("branch.dialog.dayClamped", String.valueOf(day)) : "");
    }

    /** What the form depends on, for listeners that re-check it. */
    public Observable[] dependencies() {
        return new Observable[] {byDayOfMonth, dayOfMonth, nth, weekday, time, place};
    }

    /** True for "day N of every month", false for "the n-th weekday of the month". */
    public BooleanProperty byDayOfMonthProperty() {
        return byDayOfMonth;
    }

    public ObjectProperty<Integer> dayOfMonthProperty() {
        return dayOfMonth;
    }

    /** 1 to 4, or 5 for the last such weekday of the month. */
    public ObjectProperty<Integer> nthProperty() {
        return nth;
    }

    public ObjectProperty<DayOfWeek> weekdayProperty() {
        return weekday;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty placeProperty() {
        return place;
    }

    /** "Next meetings: Sunday 01/03/2026; …". */
    public ReadOnlyStringProperty nextMeetingsProperty() {
        return nextMeetings.getReadOnlyProperty();
    }

    /** A note that short months meet on their last day, or "". */
    public ReadOnlyStringProperty clampNoteProperty() {
        return clampNote.getReadOnlyProperty();
    }
}
