package vn.sochibo.testutil;

import java.time.LocalDate;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;

/** Short event constructors for tests: dates written as "yyyy-mm-dd". */
public final class Events {
    private static long nextId = 1;

    private Events() {
    }

    public static MemberEvent event(EventType type, String date) {
        return new MemberEvent(nextId++, 1, type, LocalDate.parse(date), null, "Nơi khác", "Lý do", "");
    }

    public static MemberEvent period(EventType type, String from, String to) {
        return event(type, from).withEnd(LocalDate.parse(to));
    }

    public static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
