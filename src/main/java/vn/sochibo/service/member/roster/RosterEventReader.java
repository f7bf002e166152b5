package vn.sochibo.service.member.roster;

import static vn.sochibo.service.member.roster.RosterField.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.text.Texts;

/**
 * The history a register row implies: arrival (transfer in with its origin, otherwise admission here), official
 * recognition after arrival, transfer out with its destination, death, and leaving the Party (xóa tên, khai trừ,
 * ra khỏi Đảng, by the form written in the row).
 */
final class RosterEventReader {
    private RosterEventReader() {
    }

    /** What was written about one change: its date, the words beside it, and the column it came from. */
    private record Change(LocalDate date, String words, RosterField column) {
    }

    static List<SourcedEvent> derive(RowRead r, Member m) {
        List<SourcedEvent> events = new ArrayList<>();
        Change in = change(r, TRANSFER_IN_DATE, TRANSFER_IN_FROM, M7_TRANSFER_IN);
        LocalDate admission = m.party().admissionDate();
        LocalDate arrival = in.date() != null ? in.date() : admission;
        if (in.date() != null) {
            add(r, events, placed(r, in, EventType.TRANSFERRED_IN, TRANSFER_IN_FROM), in.column());
        } else if (admission != null) {
            add(r, events, MemberEvent.of(EventType.ADMITTED, admission), partyColumn(r, ADMISSION_DATE));
        }
        LocalDate official = m.party().officialDate();
        if (official != null && arrival != null && official.isAfter(arrival)) {
            add(r, events, MemberEvent.of(EventType.RECOGNISED_OFFICIAL, official), partyColumn(r, OFFICIAL_DATE));
        }
        Change out = change(r, TRANSFER_OUT_DATE, TRANSFER_OUT_TO, M7_TRANSFER_OUT);
        if (out.date() != null) {
            add(r, events, placed(r, out, EventType.TRANSFERRED_OUT, TRANSFER_OUT_TO), out.column());
        }
        Change death = change(r, DEATH_DATE, DEATH_REASON, M7_DEATH);
        if (death.date() != null) {
            add(r, events, MemberEvent.of(EventType.DECEASED, death.date()).withReason(death.words()), death.column());
        }
        exit(r, events);
        return events;
    }

    private static void exit(RowRead r, List<SourcedEvent> events) {
        Change exit = change(r, EXIT_DATE, EXIT_FORM, M7_EXIT);
        if (exit.date() == null) {
            if (!exit.words().isEmpty()) {
                r.error(exit.column(), "roster.exit.dateMissing");
            }
            return;
        }
        EventType type = exitType(exit.words());
        if (type == null) {
            r.error(r.has(EXIT_FORM) ? EXIT_FORM : exit.column(), "roster.exit.unknownForm", exit.words());
            return;
        }
        add(r, events, MemberEvent.of(type, exit.date()).withReason(exit.words()), exit.column());
    }

    /** The event meant by the form of leaving the Party, or null when the words name none. */
    static EventType exitType(String words) {
        String folded = Texts.fold(words);
        if (folded.contains("xoa ten")) {
            return EventType.REMOVED;
        }
        if (folded.contains("khai tru")) {
            return EventType.EXPELLED;
        }
        return folded.contains("ra khoi dang") || folded.contains("xin ra") ? EventType.LEFT_PARTY : null;
    }

    private static Change change(RowRead r, RosterField dateField, RosterField wordsField, RosterField combined) {
        if (r.has(dateField)) {
            LocalDate date = r.value(RosterDates.parse(r.cell(dateField)), dateField);
            return new Change(date, Texts.clean(r.text(wordsField)), dateField);
        }
        RosterDates.DatesAndText found = RosterDates.split(r.cell(combined));
        if (found.problem() != null) {
            r.value(found.problem(), combined);
        }
        String words = r.has(wordsField) ? r.text(wordsField) : found.text();
        return new Change(found.date(0), Texts.clean(words), combined);
    }

    private static MemberEvent placed(RowRead r, Change c, EventType type, RosterField placeField) {
        if (c.words().isEmpty()) {
            r.error(r.has(placeField) ? placeField : c.column(), "roster.event.placeMissing");
        }
        return MemberEvent.of(type, c.date()).withPlace(c.words());
    }

    private static RosterField partyColumn(RowRead r, RosterField own) {
        return r.has(own) ? own : M7_PARTY_DATES;
    }

    private static void add(RowRead r, List<SourcedEvent> events, MemberEvent e, RosterField column) {
        events.add(new SourcedEvent(e, null, r.number(), r.header(column)));
    }
}
