package vn.sochibo.ui.meeting;

import vn.sochibo.model.meeting.Meeting;

/** One line of the year's meetings as shown: month, date and time, type, state and topic, with the meeting itself. */
public record MeetingRow(Meeting meeting, String month, String date, String type, String state, String topic) {
    public long id() {
        return meeting.id();
    }

    /** The row of a meeting in the chosen language. */
    public static MeetingRow of(Meeting m, MeetingTexts texts, String monthLabel) {
        String when = MeetingTexts.date(m.date()) + " " + m.startTime();
        return new MeetingRow(m, monthLabel, when, texts.type(m.type()), texts.state(m.state()),
                m.topic().isEmpty() ? m.place() : m.topic());
    }
}
