package vn.sochibo.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sochibo.model.member.EventType.ADMITTED;
import static vn.sochibo.model.member.EventType.ATTACHED_IN;
import static vn.sochibo.model.member.EventType.ATTACHMENT_ENDED;
import static vn.sochibo.model.member.EventType.DECEASED;
import static vn.sochibo.model.member.EventType.EXEMPTED;
import static vn.sochibo.model.member.EventType.EXEMPTED_TEMPORARILY;
import static vn.sochibo.model.member.EventType.REMOVED;
import static vn.sochibo.model.member.EventType.RESUMED;
import static vn.sochibo.model.member.EventType.RETURNED;
import static vn.sochibo.model.member.EventType.SUSPENDED;
import static vn.sochibo.model.member.EventType.TRANSFERRED_IN;
import static vn.sochibo.model.member.EventType.TRANSFERRED_OUT;
import static vn.sochibo.model.member.EventType.TRANSFERRED_OUT_TEMPORARILY;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;
import static vn.sochibo.testutil.Events.period;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sochibo.testutil.MemberBuilder;

class StatusRulesTest {
    private static final Member OFFICIAL_SINCE_1976 = MemberBuilder.member().build();
    private static final Member PROBATIONARY_2026 = MemberBuilder.member().born(d("1990-01-01"))
            .admitted(d("2026-03-02")).official(null).build();

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("no events: not yet on the list", OFFICIAL_SINCE_1976, List.of(), "2026-01-01",
                    MemberStatus.NOT_YET),
            Arguments.of("admitted here, official", OFFICIAL_SINCE_1976, List.of(event(ADMITTED, "1975-05-19")),
                    "2026-01-01", MemberStatus.OFFICIAL),
            Arguments.of("day before the admission decision", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19")), "1975-05-18", MemberStatus.NOT_YET),
            Arguments.of("between admission and recognition: probationary", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19")), "1976-05-19", MemberStatus.PROBATIONARY),
            Arguments.of("recognition takes effect on its own day", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19")), "1976-05-20", MemberStatus.OFFICIAL),
            Arguments.of("probationary member admitted this year", PROBATIONARY_2026,
                    List.of(event(ADMITTED, "2026-03-02")), "2026-06-01", MemberStatus.PROBATIONARY),
            Arguments.of("temporarily out", OFFICIAL_SINCE_1976, List.of(event(TRANSFERRED_IN, "2010-01-01"),
                    period(TRANSFERRED_OUT_TEMPORARILY, "2025-09-01", "2026-03-01")), "2025-12-01",
                    MemberStatus.TRANSFERRED_OUT_TEMPORARILY),
            Arguments.of("planned end passed without return: still out", OFFICIAL_SINCE_1976,
                    List.of(event(TRANSFERRED_IN, "2010-01-01"),
                            period(TRANSFERRED_OUT_TEMPORARILY, "2025-09-01", "2026-03-01")), "2026-05-01",
                    MemberStatus.TRANSFERRED_OUT_TEMPORARILY),
            Arguments.of("return from temporary transfer", OFFICIAL_SINCE_1976,
                    List.of(event(TRANSFERRED_IN, "2010-01-01"),
                            period(TRANSFERRED_OUT_TEMPORARILY, "2025-09-01", "2026-03-01"),
                            event(RETURNED, "2026-02-20")), "2026-02-20", MemberStatus.OFFICIAL),
            Arguments.of("open exemption", OFFICIAL_SINCE_1976, List.of(event(ADMITTED, "1975-05-19"),
                    event(EXEMPTED, "2024-01-10")), "2026-01-01", MemberStatus.EXEMPTED),
            Arguments.of("exemption with an end: last day still exempted", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19"), period(EXEMPTED_TEMPORARILY, "2025-01-01", "2025-06-30")),
                    "2025-06-30", MemberStatus.EXEMPTED_TEMPORARILY),
            Arguments.of("exemption with an end: day after, back to official", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19"), period(EXEMPTED_TEMPORARILY, "2025-01-01", "2025-06-30")),
                    "2025-07-01", MemberStatus.OFFICIAL),
            Arguments.of("overlapping exemptions: the open one outlasts the short one", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19"), event(EXEMPTED, "2020-01-01"),
                            period(EXEMPTED_TEMPORARILY, "2023-01-01", "2023-03-31")), "2024-01-01",
                    MemberStatus.EXEMPTED),
            Arguments.of("overlapping exemptions: age exemption shown over the temporary one", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19"), event(EXEMPTED, "2020-01-01"),
                            period(EXEMPTED_TEMPORARILY, "2023-01-01", "2023-03-31")), "2023-02-01",
                    MemberStatus.EXEMPTED),
            Arguments.of("resumption ends every open exemption", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19"), event(EXEMPTED, "2020-01-01"),
                            event(EXEMPTED_TEMPORARILY, "2021-01-01"), event(RESUMED, "2022-01-01")),
                    "2022-01-01", MemberStatus.OFFICIAL),
            Arguments.of("back-dated resumption still counts for later dates", OFFICIAL_SINCE_1976,
                    List.of(event(RESUMED, "2022-01-01"), event(ADMITTED, "1975-05-19"),
                            event(EXEMPTED, "2020-01-01")), "2021-12-31", MemberStatus.EXEMPTED),
            Arguments.of("suspension", OFFICIAL_SINCE_1976, List.of(event(ADMITTED, "1975-05-19"),
                    period(SUSPENDED, "2025-01-01", "2025-03-31")), "2025-02-01", MemberStatus.SUSPENDED),
            Arguments.of("attached from elsewhere", OFFICIAL_SINCE_1976, List.of(event(ATTACHED_IN, "2025-10-01")),
                    "2026-01-01", MemberStatus.ATTACHED),
            Arguments.of("attachment ended", OFFICIAL_SINCE_1976, List.of(event(ATTACHED_IN, "2025-10-01"),
                    event(ATTACHMENT_ENDED, "2026-02-01")), "2026-02-01", MemberStatus.ATTACHMENT_ENDED),
            Arguments.of("attached member transferred in officially", OFFICIAL_SINCE_1976,
                    List.of(event(ATTACHED_IN, "2025-10-01"), event(TRANSFERRED_IN, "2026-02-01")), "2026-02-01",
                    MemberStatus.OFFICIAL),
            Arguments.of("transferred away", OFFICIAL_SINCE_1976, List.of(event(ADMITTED, "1975-05-19"),
                    event(TRANSFERRED_OUT, "2020-05-01")), "2020-05-01", MemberStatus.TRANSFERRED_OUT),
            Arguments.of("same day: temporary out and death, death wins", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19"), event(DECEASED, "2025-04-04"),
                            event(TRANSFERRED_OUT_TEMPORARILY, "2025-04-04")), "2025-04-04", MemberStatus.DECEASED),
            Arguments.of("same day: arrival and exemption, exempted", OFFICIAL_SINCE_1976,
                    List.of(event(EXEMPTED, "2024-06-01"), event(TRANSFERRED_IN, "2024-06-01")), "2024-06-01",
                    MemberStatus.EXEMPTED),
            Arguments.of("removed, then re-admitted", OFFICIAL_SINCE_1976, List.of(event(ADMITTED, "1975-05-19"),
                    event(REMOVED, "1990-01-01"), event(ADMITTED, "1995-01-01")), "2000-01-01",
                    MemberStatus.OFFICIAL),
            Arguments.of("exemption forgotten after leaving and coming back", OFFICIAL_SINCE_1976,
                    List.of(event(ADMITTED, "1975-05-19"), event(EXEMPTED, "2015-01-01"),
                            event(TRANSFERRED_OUT, "2016-01-01"), event(TRANSFERRED_IN, "2018-01-01")),
                    "2019-01-01", MemberStatus.OFFICIAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statusOn_tableOfCases_givesExpectedStatus(String name, Member m, List<MemberEvent> events, String day,
                                                   MemberStatus expected) {
        assertEquals(expected, StatusRules.statusOn(m, events, d(day)).primary());
    }

    @Test
    void statusOn_exemptedOfficialMember_isCountedInTotalAsOfficialAndNotExpected() {
        StatusOnDate s = StatusRules.statusOn(OFFICIAL_SINCE_1976,
                List.of(event(ADMITTED, "1975-05-19"), event(EXEMPTED, "2024-01-10")), d("2026-01-01"));
        assertEquals(true, s.inTotal());
        assertEquals(true, s.isOfficial());
        assertEquals(true, s.isExempted());
        assertEquals(false, s.expectedAtMeeting());
    }

    @Test
    void statusOn_attachedMember_isNotInTotal() {
        StatusOnDate s = StatusRules.statusOn(OFFICIAL_SINCE_1976, List.of(event(ATTACHED_IN, "2025-10-01")),
                d("2026-01-01"));
        assertEquals(false, s.inTotal());
        assertEquals(true, s.isAttached());
    }
}
