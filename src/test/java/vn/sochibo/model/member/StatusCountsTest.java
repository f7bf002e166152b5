package vn.sochibo.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;
import static vn.sochibo.testutil.Events.period;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.testutil.MemberBuilder;

class StatusCountsTest {
    private final Member official = MemberBuilder.member().build();
    private final Member probationary = MemberBuilder.member().born(d("1990-01-01")).admitted(d("2026-01-05"))
            .official(null).build();

    @Test
    void on_mixedBranch_countsEachCategoryAsTheMinutesHeaderNeeds() {
        List<MemberHistory> branch = List.of(
                new MemberHistory(official, List.of(event(EventType.ADMITTED, "1975-05-19"))),
                new MemberHistory(official, List.of(event(EventType.ADMITTED, "1975-05-19"),
                        event(EventType.EXEMPTED, "2024-01-01"))),
                new MemberHistory(official, List.of(event(EventType.TRANSFERRED_IN, "2000-01-01"),
                        period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2025-10-01", "2026-04-01"))),
                new MemberHistory(probationary, List.of(event(EventType.ADMITTED, "2026-01-05"))),
                new MemberHistory(official, List.of(event(EventType.ATTACHED_IN, "2025-11-01"))),
                new MemberHistory(official, List.of(event(EventType.ADMITTED, "1975-05-19"),
                        event(EventType.DECEASED, "2025-08-01"))),
                new MemberHistory(official, List.of(event(EventType.ADMITTED, "1975-05-19"),
                        event(EventType.TRANSFERRED_OUT, "2025-03-01"))));

        StatusCounts c = StatusCounts.on(branch, d("2026-02-01"));

        assertEquals(new StatusCounts(d("2026-02-01"), 4, 3, 1, 1, 1, 0, 1), c);
    }

    @Test
    void on_earlierDate_countsTheMembersOfThatDate() {
        List<MemberHistory> branch = List.of(new MemberHistory(official, List.of(
                event(EventType.ADMITTED, "1975-05-19"), event(EventType.DECEASED, "2025-08-01"))));

        assertEquals(1, StatusCounts.on(branch, d("2025-07-31")).total());
        assertEquals(0, StatusCounts.on(branch, d("2025-08-01")).total());
    }
}
