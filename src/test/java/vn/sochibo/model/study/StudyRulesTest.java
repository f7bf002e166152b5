package vn.sochibo.model.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;
import static vn.sochibo.testutil.Events.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.rules.StudyTarget;
import vn.sochibo.model.rules.StudyTargets;
import vn.sochibo.testutil.MemberBuilder;

class StudyRulesTest {
    private static final LocalDate DAY = d("2026-03-10");
    private static final Member OFFICIAL = MemberBuilder.member().build();

    private static MemberHistory official(long id, String name, MemberEvent... more) {
        List<MemberEvent> events = new ArrayList<>(List.of(event(EventType.ADMITTED, "1975-05-19")));
        events.addAll(List.of(more));
        return new MemberHistory(new Member(id, MemberBuilder.member().name(name).build().identity(), OFFICIAL.party(),
                null, null, ""), events);
    }

    private static StudySession session(long id, LocalDate date, boolean reflection) {
        return new StudySession(id, "18-NQ/TW", "Nghị quyết 18", IssuingLevel.TRUNG_UONG, Organiser.WARD, date,
                "Hội trường phường", StudyForm.DIRECT, "Bí thư", reflection);
    }

    private static StudyMark mark(long session, long member, AttendanceStatus status, LocalDate makeup,
                                  LocalDate reflection) {
        return new StudyMark(session, member, status, status == AttendanceStatus.ABSENT_EXCUSED ? "Ốm" : "", makeup,
                reflection);
    }

    private static StudyMark present(long session, long member) {
        return mark(session, member, AttendanceStatus.PRESENT, null, null);
    }

    static Stream<Arguments> expectedOnTheSessionDate() {
        return Stream.of(
                Arguments.of("plain official", official(1, "A"), true),
                Arguments.of("exempted the day of the session", official(1, "A",
                        event(EventType.EXEMPTED, "2026-03-10")), false),
                Arguments.of("temporary exemption ended the day before", official(1, "A",
                        period(EventType.EXEMPTED_TEMPORARILY, "2025-06-01", "2026-03-09")), true),
                Arguments.of("away on a temporary transfer", official(1, "A",
                        period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2026-01-01", "2026-06-30")), false),
                Arguments.of("back from the transfer before the session", official(1, "A",
                        period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2026-01-01", "2026-06-30"),
                        event(EventType.RETURNED, "2026-03-01")), true),
                Arguments.of("suspended", official(1, "A", event(EventType.SUSPENDED, "2026-02-01")), false),
                Arguments.of("deceased the day after", official(1, "A", event(EventType.DECEASED, "2026-03-11")),
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedOnTheSessionDate")
    void summary_memberStatusOnTheDate_decidesWhoIsExpected(String label, MemberHistory h, boolean expected) {
        StudySummary s = StudyRules.summary(session(1, DAY, false), List.of(h), List.of());
        assertEquals(expected ? 1 : 0, s.participation().expected(), label);
        assertEquals(expected ? 1 : 0, s.debts().size(), label);
    }

    @Test
    void summary_attachedMemberWhoCame_isListedButNotCounted() {
        MemberHistory attached = new MemberHistory(new Member(2, MemberBuilder.member().name("B").build().identity(),
                OFFICIAL.party(), null, null, ""), List.of(event(EventType.ATTACHED_IN, "2025-11-01")));
        StudySummary s = StudyRules.summary(session(1, DAY, false), List.of(official(1, "A"), attached),
                List.of(present(1, 1), present(1, 2)));
        assertEquals(2, s.entries().size());
        assertEquals(new Participation(1, 1, 95), s.participation());
    }

    @Test
    void summary_makeUpAfterAbsence_countsAsCompletedAndClearsTheDebt() {
        StudySummary s = StudyRules.summary(session(1, DAY, false), List.of(official(1, "A"), official(2, "B")),
                List.of(present(1, 1), mark(1, 2, AttendanceStatus.ABSENT_EXCUSED, d("2026-03-20"), null)));
        assertEquals(2, s.participation().completed());
        assertEquals("100.0", s.participation().rateText());
        assertTrue(s.debts().isEmpty());
    }

    @Test
    void summary_absentWithoutMakeUpAndUnmarked_bothOweAttendanceInGivenNameOrder() {
        StudySummary s = StudyRules.summary(session(1, DAY, false),
                List.of(official(1, "Nguyễn Văn An"), official(2, "Trần Văn Bình"), official(3, "Lê Văn Cường")),
                List.of(present(1, 1), mark(1, 2, AttendanceStatus.ABSENT_UNEXCUSED, null, null)));
        assertEquals(List.of("Trần Văn Bình", "Lê Văn Cường"), s.debts().stream().map(StudyDebt::fullName).toList());
        assertTrue(s.debts().stream().allMatch(StudyDebt::owesAttendance));
        assertEquals("33.3", s.participation().rateText());
    }

    @Test
    void summary_reflectionRequired_presentMemberWithoutOneOwesOnlyTheReflection() {
        StudySummary s = StudyRules.summary(session(1, DAY, true), List.of(official(1, "A"), official(2, "B")),
                List.of(present(1, 1), mark(1, 2, AttendanceStatus.PRESENT, null, d("2026-03-15"))));
        assertEquals(List.of(new StudyDebt(1, "A", false, true)), s.debts());
    }

    @Test
    void document_studiedInTwoSessions_memberCompletesByAttendingEither() {
        List<MemberHistory> branch = List.of(official(1, "A"), official(2, "B"), official(3, "C"));
        StudySummary first = StudyRules.summary(session(1, DAY, false), branch,
                List.of(present(1, 1), mark(1, 2, AttendanceStatus.ABSENT_EXCUSED, null, null)));
        StudySummary second = StudyRules.summary(session(2, d("2026-04-02"), false), branch,
                List.of(present(2, 2), mark(2, 1, AttendanceStatus.ABSENT_UNEXCUSED, null, null)));

        DocumentSummary doc = StudyRules.document("18-NQ/TW", List.of(first, second));

        assertEquals(new Participation(2, 3, 95), doc.participation());
        assertEquals(List.of(new StudyDebt(3, "C", true, false)), doc.debts());
    }

    @Test
    void document_memberAdmittedBetweenSessions_isExpectedOnlyFromTheSecond() {
        Member late = MemberBuilder.member().name("D").admitted(d("2026-03-20")).official(null).build();
        MemberHistory d = new MemberHistory(new Member(4, late.identity(), late.party(), null, null, ""),
                List.of(event(EventType.ADMITTED, "2026-03-20")));
        List<MemberHistory> branch = List.of(official(1, "A"), d);
        StudySummary first = StudyRules.summary(session(1, DAY, false), branch, List.of(present(1, 1)));
        StudySummary second = StudyRules.summary(session(2, d("2026-04-02"), false), branch, List.of(present(2, 4)));

        assertEquals(1, first.participation().expected());
        assertEquals(new Participation(2, 2, 95), StudyRules.document("18-NQ/TW", List.of(first, second))
                .participation());
    }

    @Test
    void participation_rateAgainstTheTarget_meetsOnlyFromNinetyFivePercent() {
        assertTrue(new Participation(19, 20, 95).meetsTarget());
        assertFalse(new Participation(18, 20, 95).meetsTarget());
        assertFalse(new Participation(0, 0, 95).meetsTarget());
        assertEquals("", new Participation(0, 0, 95).rateText());
    }

    @Test
    void targets_defaultTable_isNinetyFivePercentWithItsBasis() {
        StudyTarget t = StudyTargets.on(d("2026-03-10"));
        assertEquals(95, t.percent());
        assertTrue(t.legalBasis().contains("Đảng ủy phường có thể quy định khác"));
    }

    @Test
    void targets_wardSetsNinetyFromADate_appliesFromThatDayOnly() {
        List<StudyTarget> table = List.of(new StudyTarget(d("2020-01-01"), 95, "mặc định"),
                new StudyTarget(d("2026-07-01"), 90, "Kế hoạch của Đảng ủy phường"));
        assertEquals(95, StudyTargets.on(table, d("2026-06-30")).percent());
        assertEquals(90, StudyTargets.on(table, d("2026-07-01")).percent());
        assertEquals(95, StudyTargets.on(table, d("2019-01-01")).percent());
    }
}
