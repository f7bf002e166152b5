package vn.sochibo.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planned minutes are checked against 90 for a regular meeting and 120 for a regular + thematic sitting. */
class AgendaDurationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static Meeting meeting(long id, MeetingType type) {
        return Meeting.planned(type, DAY, null, "").withId(id);
    }

    private static List<AgendaItem> items(int... minutes) {
        return java.util.Arrays.stream(minutes)
                .mapToObj(m -> new AgendaItem(0, 1, 1, AgendaKind.OTHER, "x", m, "", false)).toList();
    }

    @Test
    void of_regularAlone_minimumIs90() {
        AgendaDuration d = AgendaDuration.of(meeting(1, MeetingType.REGULAR), items(60, 25), List.of(), List.of());
        assertEquals(85, d.plannedMinutes());
        assertEquals(90, d.minimumMinutes());
        assertFalse(d.isEnough());
        assertEquals(5, d.shortBy());
        assertEquals("Hướng dẫn 42-HD/BTCTW (2025)", d.legalBasis());
    }

    @Test
    void of_regularWithThematicSameDay_bothAgendasAgainst120() {
        Meeting regular = meeting(1, MeetingType.REGULAR);
        Meeting thematic = meeting(2, MeetingType.THEMATIC);
        AgendaDuration d = AgendaDuration.of(thematic, items(50), List.of(regular, thematic), items(60));
        assertTrue(d.combined());
        assertEquals(110, d.plannedMinutes());
        assertEquals(120, d.minimumMinutes());
        assertEquals(10, d.shortBy());
    }

    @Test
    void of_thematicOnAnotherDay_hasNoMinimum() {
        Meeting other = Meeting.planned(MeetingType.REGULAR, DAY.plusDays(1), null, "").withId(1);
        AgendaDuration d = AgendaDuration.of(meeting(2, MeetingType.THEMATIC), items(40), List.of(other), List.of());
        assertEquals(0, d.minimumMinutes());
        assertTrue(d.isEnough());
    }

    @Test
    void standardAgenda_regularReaches90AndRegularPlusThematicReaches120() {
        int regular = StandardAgenda.of(MeetingType.REGULAR).stream().mapToInt(AgendaTemplateItem::plannedMinutes).sum();
        int thematic = StandardAgenda.of(MeetingType.THEMATIC).stream()
                .mapToInt(AgendaTemplateItem::plannedMinutes).sum();
        assertTrue(regular >= 90);
        assertTrue(regular + thematic >= 120);
        assertEquals(AgendaKind.OPENING, StandardAgenda.of(MeetingType.REGULAR).get(0).kind());
        assertEquals(AgendaKind.READ_BACK, StandardAgenda.of(MeetingType.REGULAR).get(14).kind());
    }
}
