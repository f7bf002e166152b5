package vn.sochibo.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;
import static vn.sochibo.testutil.Events.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.testutil.MemberBuilder;

class RollRulesTest {
    private static final LocalDate MEETING = d("2026-02-05");
    private static final Member OFFICIAL = MemberBuilder.member().build();

    private static MemberHistory history(long id, String name, Member base, MemberEvent... events) {
        return new MemberHistory(new Member(id, MemberBuilder.member().name(name).build().identity(), base.party(),
                null, null, ""), List.of(events));
    }

    private static MemberHistory official(long id, String name, MemberEvent... more) {
        List<MemberEvent> events = new ArrayList<>(List.of(event(EventType.ADMITTED, "1975-05-19")));
        events.addAll(List.of(more));
        return history(id, name, OFFICIAL, events.toArray(MemberEvent[]::new));
    }

    static Stream<Arguments> categoriesOnTheMeetingDate() {
        Member probationaryBecomingOfficialThatDay = MemberBuilder.member().admitted(d("2025-02-05"))
                .official(d("2026-02-05")).build();
        Member admittedAfter = MemberBuilder.member().admitted(d("2026-02-06")).official(null).build();
        return Stream.of(
                Arguments.of("plain official", official(1, "A"), RollCategory.EXPECTED),
                Arguments.of("exempted on the date", official(1, "A", event(EventType.EXEMPTED, "2026-02-05")),
                        RollCategory.EXEMPTED),
                Arguments.of("exemption ended the day before", official(1, "A",
                        period(EventType.EXEMPTED_TEMPORARILY, "2025-06-01", "2026-02-04")), RollCategory.EXPECTED),
                Arguments.of("temporarily transferred out", official(1, "A",
                        period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2025-12-01", "2026-06-01")), RollCategory.AWAY),
                Arguments.of("returned from temporary transfer", official(1, "A",
                        period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2025-12-01", "2026-06-01"),
                        event(EventType.RETURNED, "2026-02-01")), RollCategory.EXPECTED),
                Arguments.of("suspended", official(1, "A", event(EventType.SUSPENDED, "2026-01-10")),
                        RollCategory.SUSPENDED),
                Arguments.of("attached from elsewhere", history(1, "A", OFFICIAL,
                        event(EventType.ATTACHED_IN, "2025-11-01")), RollCategory.ATTACHED),
                Arguments.of("probationary becoming official that day", history(1, "A",
                        probationaryBecomingOfficialThatDay, event(EventType.ADMITTED, "2025-02-05")),
                        RollCategory.EXPECTED),
                Arguments.of("admitted after the meeting", history(1, "A", admittedAfter,
                        event(EventType.ADMITTED, "2026-02-06")), null),
                Arguments.of("deceased before", official(1, "A", event(EventType.DECEASED, "2026-01-20")), null),
                Arguments.of("transferred out for good before", official(1, "A",
                        event(EventType.TRANSFERRED_OUT, "2026-02-05")), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("categoriesOnTheMeetingDate")
    void category_memberEventsAroundTheMeetingDate_placeThePersonOnTheRoll(String why, MemberHistory h,
                                                                          RollCategory expected) {
        assertEquals(expected, RollRules.category(h.statusOn(MEETING)));
    }

    @Test
    void roll_probationaryRecognisedOnTheDate_countsAsOfficial() {
        Member m = MemberBuilder.member().admitted(d("2025-02-05")).official(d("2026-02-05")).build();
        Roll roll = RollRules.roll(List.of(history(1, "A", m, event(EventType.ADMITTED, "2025-02-05"))), MEETING,
                List.of(present(1)), List.of());
        assertEquals(1, roll.summary().presentOfficial());
        assertEquals(0, roll.summary().probationary());
        assertEquals(1, roll.summary().voteDenominator());
    }

    @Test
    void roll_personNotOnTheRoll_isLeftOutAndTheirMarkIgnored() {
        Roll roll = RollRules.roll(List.of(official(1, "A", event(EventType.DECEASED, "2026-01-20")),
                official(2, "B")), MEETING, List.of(present(1), present(2)), List.of());
        assertEquals(1, roll.entries().size());
        assertEquals(1, roll.summary().present());
    }

    @Test
    void summary_exemptedWhoComes_isPresentOfficialAndInTheDenominator() {
        Roll roll = RollRules.roll(List.of(official(1, "A", event(EventType.EXEMPTED, "2025-01-01")),
                official(2, "B")), MEETING, List.of(present(1), present(2)), List.of());
        assertEquals(2, roll.summary().presentOfficial());
        assertEquals(2, roll.summary().voteDenominator());
        assertEquals(1, roll.summary().expected());
        assertEquals(0, roll.summary().absent());
    }

    @Test
    void summary_exemptedWhoStaysAway_isNeitherAbsentNorInTheDenominator() {
        Roll roll = RollRules.roll(List.of(official(1, "A", event(EventType.EXEMPTED, "2025-01-01")),
                official(2, "B")), MEETING, List.of(present(2)), List.of());
        assertEquals(1, roll.summary().voteDenominator());
        assertEquals(0, roll.summary().absent());
        assertEquals(0, roll.summary().unmarked());
        assertEquals(1, roll.summary().exempted());
    }

    @Test
    void summary_mixedBranch_givesTheMinutesHeaderCounts() {
        Member probationary = MemberBuilder.member().admitted(d("2025-10-01")).official(null).build();
        List<MemberHistory> branch = List.of(
                official(1, "Nguyễn Văn An"),
                official(2, "Trần Thị Bình"),
                official(3, "Lê Văn Cường"),
                official(4, "Phạm Văn Dũng", period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2025-12-01", "2026-06-01")),
                official(5, "Hoàng Văn Em", event(EventType.EXEMPTED, "2024-01-01")),
                official(6, "Đỗ Văn Phúc", event(EventType.SUSPENDED, "2026-01-01")),
                history(7, "Vũ Thị Giang", probationary, event(EventType.ADMITTED, "2025-10-01")),
                history(8, "Bùi Văn Hải", OFFICIAL, event(EventType.ATTACHED_IN, "2025-11-01")));
        List<AttendanceMark> marks = List.of(present(1), present(7), present(8),
                new AttendanceMark(1, 2, AttendanceStatus.ABSENT_EXCUSED, "Ốm", ""),
                new AttendanceMark(1, 3, AttendanceStatus.ABSENT_UNEXCUSED, "", ""));

        RollSummary s = RollRules.roll(branch, MEETING, marks, List.of()).summary();

        assertEquals(List.of(7, 6, 1, 1, 1, 1, 1), List.of(s.total(), s.official(), s.probationary(), s.exempted(),
                s.temporarilyOut(), s.suspended(), s.attached()));
        assertEquals(List.of(4, 2, 1, 1, 1), List.of(s.expected(), s.present(), s.presentOfficial(),
                s.presentProbationary(), s.presentAttached()));
        assertEquals("Trần Thị Bình", s.absentExcused().get(0).fullName());
        assertEquals("Lê Văn Cường", s.absentUnexcused().get(0).fullName());
        // official 6 - away 1 - suspended 1 - absent exempted 1 = 3 (never over those present)
        assertEquals(3, s.voteDenominator());
        assertEquals(0, s.unmarked());
    }

    @Test
    void roll_entries_areInVietnameseNameOrder() {
        Roll roll = RollRules.roll(List.of(official(1, "Trần Văn Bình"), official(2, "Nguyễn Văn An"),
                official(3, "Lê Thị Bình")), MEETING, List.of(), List.of());
        assertEquals(List.of("Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Bình"),
                roll.entries().stream().map(RollEntry::fullName).toList());
        assertEquals(3, roll.summary().unmarked());
    }

    @Test
    void canMark_awayOrSuspendedOrExemptedAbsent_isRefused() {
        assertFalse(RollRules.canMark(RollCategory.AWAY, AttendanceStatus.PRESENT));
        assertFalse(RollRules.canMark(RollCategory.SUSPENDED, AttendanceStatus.PRESENT));
        assertFalse(RollRules.canMark(RollCategory.EXEMPTED, AttendanceStatus.ABSENT_UNEXCUSED));
        assertTrue(RollRules.canMark(RollCategory.EXEMPTED, AttendanceStatus.PRESENT));
        assertNull(RollRules.category(official(1, "A", event(EventType.DECEASED, "2000-01-01")).statusOn(MEETING)));
    }

    private static AttendanceMark present(long memberId) {
        return new AttendanceMark(1, memberId, AttendanceStatus.PRESENT, "", "");
    }
}
