package vn.sochibo.ui.home;

import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.service.home.HomeCharts;

/** What the home screen reads (slow: run off the FX thread): the reminders and the charts' figures on a day. */
public interface HomeSource {
    /** The reminders on the day, by due date with hints last. */
    List<Reminder> reminders(LocalDate day);

    /** The charts' figures on the day. */
    HomeCharts charts(LocalDate day);
}
