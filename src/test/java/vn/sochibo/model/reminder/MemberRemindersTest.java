package vn.sochibo.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;
import static vn.sochibo.testutil.Events.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.reminder.HolidayTable;
import vn.sochibo.testutil.MemberBuilder;

/** Member reminders: probation deadline, badge milestones, exemption hints, transfers past their end. */
class MemberRemindersTest {
    private static final Set<LocalDate> HOLIDAYS = HolidayTable.vietnam();

    private static MemberHistory history(MemberBuilder b, LocalDate admitted, MemberEvent... more) {
        Member m = b.admitted(admitted).build().withId(7);
        List<MemberEvent> events = new ArrayList<>(List.of(event(EventType.ADMITTED, admitted.toString())));
        events.addAll(List.of(more));
        return new MemberHistory(m, events);
    }

    private static List<Reminder> of(MemberHistory h, String day, ReminderKind kind) {
        return MemberReminders.on(h, d(day), HOLIDAYS).stream().filter(r -> r.kind() == kind).toList();
    }

    private static MemberHistory probationer(String admitted) {
        return history(MemberBuilder.member().official(null).born(d("1990-01-01")), d(admitted));
    }

    @ParameterizedTest(name = "admitted {0}, on {1}: due {2}")
    @CsvSource({
            "2024-02-29, 2024-12-30, 2025-04-14",  // 29 Feb: 12 months end 28/02/2025; Giỗ Tổ 07/04 skipped
            "2024-02-29, 2025-03-20, 2025-04-14",  // 12 months over, vote not yet held: still shown
            "2025-01-30, 2025-12-01, 2026-03-20"   // 30 working days crossing Tết 2026
    })
    void probation_endingWithin60Days_isDueThirtyWorkingDaysLater(String admitted, String day, LocalDate due) {
        List<Reminder> r = of(probationer(admitted), day, ReminderKind.PROBATION_ENDING);
        assertEquals(1, r.size());
        assertEquals(due, r.get(0).dueDate());
        assertEquals(7L, r.get(0).memberId());
    }

    @Test
    void probation_61DaysBeforeTheEnd_isNotShownYet() {
        assertTrue(of(probationer("2024-02-29"), "2024-12-29", ReminderKind.PROBATION_ENDING).isEmpty());
    }

    @Test
    void probation_officialMember_isNotShown() {
        MemberHistory h = history(MemberBuilder.member().official(d("2025-03-01")), d("2024-02-29"));
        assertTrue(of(h, "2025-03-10", ReminderKind.PROBATION_ENDING).isEmpty());
    }

    @ParameterizedTest(name = "admitted {0}, on {1}: {2} years due {3}")
    @CsvSource({
            "1996-02-03, 2025-08-03, 30, 2026-02-03",  // milestone exactly on an award date, first day shown
            "1996-02-03, 2026-02-03, 30, 2026-02-03",
            "1996-02-29, 2026-01-01, 30, 2026-05-19",  // admitted on 29 February
            "1976-09-02, 2026-05-01, 50, 2026-09-02",
            "1986-11-08, 2026-11-07, 40, 2027-02-03"
    })
    void badges_milestoneWithinSixMonths_dueAtTheNextAwardOccasion(String admitted, String day, int years,
                                                                    LocalDate due) {
        List<Reminder> r = of(history(MemberBuilder.member(), d(admitted)), day, ReminderKind.BADGE_MILESTONE);
        assertEquals(1, r.size(), r.toString());
        assertEquals(years, r.get(0).count());
        assertEquals(due, r.get(0).dueDate());
    }

    @Test
    void badges_dayBeforeTheSixMonthsOrAfterTheOccasion_nothingShown() {
        MemberHistory h = history(MemberBuilder.member(), d("1996-02-03"));
        assertTrue(of(h, "2025-08-02", ReminderKind.BADGE_MILESTONE).isEmpty());
        assertTrue(of(h, "2026-02-04", ReminderKind.BADGE_MILESTONE).isEmpty());
    }

    @Test
    void badges_interruptionGap_pushesTheMilestoneLater() {
        MemberHistory h = history(MemberBuilder.member(), d("1996-02-03"),
                period(EventType.INTERRUPTED, "2000-01-01", "2000-01-31"));
        List<Reminder> r = of(h, "2026-02-01", ReminderKind.BADGE_MILESTONE);
        assertEquals(1, r.size());
        assertEquals(d("2026-05-19"), r.get(0).dueDate());
    }

    @ParameterizedTest(name = "{0} born {1}, on {2}: {3}")
    @CsvSource({
            "male, 1966-03-10, 2026-03-10, false",    // 60th birthday: not yet over 60
            "male, 1966-03-10, 2026-03-11, true",
            "female, 1971-03-10, 2026-03-10, false",
            "female, 1971-03-10, 2026-03-11, true",
            "male, 1964-02-29, 2024-02-29, false",
            "male, 1964-02-29, 2024-03-01, true"
    })
    void exemptionHint_overTheAge_isAMarkedHint(String sex, String born, String day, boolean shown) {
        MemberBuilder b = MemberBuilder.member().born(d(born));
        if (sex.equals("female")) {
            b.female();
        }
        List<Reminder> r = of(history(b, d("1990-01-01")), day, ReminderKind.EXEMPTION_HINT);
        assertEquals(shown, r.size() == 1);
        r.forEach(x -> assertTrue(x.hint()));
    }

    @Test
    void exemptionHint_alreadyExempted_isNotShown() {
        MemberHistory h = history(MemberBuilder.member().born(d("1950-01-01")), d("1980-01-01"),
                event(EventType.EXEMPTED, "2020-01-01"));
        assertTrue(of(h, "2026-03-11", ReminderKind.EXEMPTION_HINT).isEmpty());
    }

    @Test
    void transfer_endPassedWithoutReturn_isDueOnTheEndDate() {
        MemberHistory h = history(MemberBuilder.member(), d("1990-01-01"),
                period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2025-06-01", "2026-01-31"));
        assertTrue(of(h, "2026-01-31", ReminderKind.TRANSFER_OVERDUE).isEmpty());
        List<Reminder> r = of(h, "2026-02-01", ReminderKind.TRANSFER_OVERDUE);
        assertEquals(d("2026-01-31"), r.get(0).dueDate());
    }

    @Test
    void transfer_returnBackDated_removesTheReminder() {
        MemberHistory h = history(MemberBuilder.member(), d("1990-01-01"),
                period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2025-06-01", "2026-01-31"),
                event(EventType.RETURNED, "2026-01-20"));
        assertTrue(of(h, "2026-03-01", ReminderKind.TRANSFER_OVERDUE).isEmpty());
    }

    @Test
    void on_memberWhoLeft_hasNoReminders() {
        MemberHistory h = history(MemberBuilder.member().born(d("1940-01-01")), d("1996-02-03"),
                event(EventType.DECEASED, "2025-01-01"));
        assertTrue(MemberReminders.on(h, d("2025-12-01"), HOLIDAYS).isEmpty());
    }
}
