package vn.sochibo.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year view warns about ended months without a regular meeting held and ended quarters without a thematic one. */
class PlanWarningsTest {
    private static Meeting held(MeetingType type, LocalDate day) {
        return Meeting.planned(type, day, null, "").withState(MeetingState.IN_PROGRESS);
    }

    @Test
    void of_lastDayOfMonth_monthNotYetWarned() {
        List<PlanWarning> w = PlanWarnings.of(2026, List.of(), LocalDate.of(2026, 1, 31));
        assertEquals(List.of(), w);
    }

    @Test
    void of_firstDayAfterMonth_monthWithoutRegularIsWarned() {
        List<PlanWarning> w = PlanWarnings.of(2026, List.of(), LocalDate.of(2026, 2, 1));
        assertEquals(List.of(new PlanWarning(PlanWarning.Kind.NO_REGULAR, YearMonth.of(2026, 1), 0)), w);
    }

    @Test
    void of_plannedButNeverHeld_isStillAGap() {
        Meeting planned = Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 4), null, "");
        assertEquals(1, PlanWarnings.of(2026, List.of(planned), LocalDate.of(2026, 2, 1)).size());
        assertEquals(0, PlanWarnings.of(2026, List.of(held(MeetingType.REGULAR, LocalDate.of(2026, 1, 4))),
                LocalDate.of(2026, 2, 1)).size());
    }

    @Test
    void of_afterQuarterEnd_quarterWithoutThematicIsWarnedOnce() {
        List<Meeting> regular = List.of(held(MeetingType.REGULAR, LocalDate.of(2026, 1, 4)),
                held(MeetingType.REGULAR, LocalDate.of(2026, 2, 1)), held(MeetingType.REGULAR, LocalDate.of(2026, 3, 1)));
        assertEquals(List.of(), PlanWarnings.of(2026, regular, LocalDate.of(2026, 3, 31)));
        assertEquals(List.of(new PlanWarning(PlanWarning.Kind.NO_THEMATIC, YearMonth.of(2026, 3), 1)),
                PlanWarnings.of(2026, regular, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void of_thematicInAnyMonthOfQuarter_quarterIsCovered() {
        List<Meeting> meetings = List.of(held(MeetingType.THEMATIC, LocalDate.of(2026, 6, 30)));
        List<PlanWarning> w = PlanWarnings.of(2026, meetings, LocalDate.of(2026, 7, 1));
        assertEquals(1, w.stream().filter(x -> x.kind() == PlanWarning.Kind.NO_THEMATIC).count());
        assertEquals(1, w.stream().filter(x -> x.kind() == PlanWarning.Kind.NO_THEMATIC).findFirst().get().quarter());
    }
}
