package vn.sochibo.service.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberStatus;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.member.StatusOnDate;

class SampleGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final List<MemberHistory> DEFAULT = SampleGenerator.generate(SampleOptions.defaults(TODAY));

    @Test
    void generate_defaultSample_everyMemberPassesMemberAndEventRules() {
        assertEquals(35, DEFAULT.size());
        assertEquals(List.of(), SampleChecks.problems(DEFAULT, TODAY));
    }

    @ParameterizedTest
    @CsvSource({"35, 5, 1", "35, 5, 2024", "35, 1, 7", "1, 1, 5", "4, 3, 11", "12, 30, 8", "150, 10, 99",
        "600, 20, 42", "600, 30, 3"})
    void generate_otherSeedsAndSizes_everyMemberPassesRules(int members, int years, long seed) {
        List<MemberHistory> sample = SampleGenerator.generate(new SampleOptions(members, years, seed, TODAY));
        assertEquals(members, sample.size());
        assertEquals(List.of(), SampleChecks.problems(sample, TODAY));
    }

    @Test
    void generate_referenceDateInThePast_everyMemberPassesRules() {
        LocalDate day = LocalDate.of(2000, 1, 1);
        List<MemberHistory> sample = SampleGenerator.generate(new SampleOptions(300, 30, 4, day));
        assertEquals(List.of(), SampleChecks.problems(sample, day));
    }

    @Test
    void generate_defaultSample_hasTheRequiredMixOnToday() {
        StatusCounts counts = StatusCounts.on(DEFAULT, TODAY);
        assertTrue(counts.exempted() >= 2, counts.toString());
        assertEquals(1, counts.temporarilyOut(), counts.toString());
        assertEquals(1, counts.attached(), counts.toString());
        assertEquals(1, count(DEFAULT, s -> s.primary() == MemberStatus.DECEASED));
        assertEquals(1, count(DEFAULT, s -> s.primary() == MemberStatus.TRANSFERRED_OUT));
        assertTrue(counts.probationary() >= 1, counts.toString());
        assertEquals(counts.total(), counts.official() + counts.probationary());
        assertEquals(35, counts.total() + counts.attached() + 2);
    }

    @Test
    void generate_defaultSample_exemptedForAgeAndHealthWithAReason() {
        List<MemberHistory> exempted = DEFAULT.stream().filter(h -> h.statusOn(TODAY).isExempted()).toList();
        assertTrue(exempted.size() >= 2);
        for (MemberHistory h : exempted) {
            MemberEvent e = h.last(EventType.EXEMPTED).orElseThrow();
            assertTrue(e.reason().toLowerCase(Locale.ROOT).contains("tuổi cao") && e.reason().contains("sức khỏe"), e.reason());
            int age = Period.between(h.member().identity().birthDate(), e.date()).getYears();
            assertTrue(age > 60, h.member().fullName() + " exempted at " + age);
        }
    }

    @Test
    void generate_defaultSample_awayAttachedAndGoneMembersCarryTheirPlaces() {
        MemberEvent away = only(EventType.TRANSFERRED_OUT_TEMPORARILY, s -> s.inTotal() && s.temporarilyOut());
        assertTrue(!away.place().isEmpty() && away.endDate().isAfter(TODAY), away.toString());
        assertTrue(!only(EventType.ATTACHED_IN, StatusOnDate::isAttached).place().isEmpty());
        assertTrue(!only(EventType.TRANSFERRED_OUT, s -> s.primary() == MemberStatus.TRANSFERRED_OUT).place()
                .isEmpty());
        assertTrue(only(EventType.DECEASED, s -> s.primary() == MemberStatus.DECEASED).date().isBefore(TODAY));
    }

    @Test
    void generate_defaultSample_probationaryAdmittedWithinTheLastYearWithoutCard() {
        List<MemberHistory> probationary = DEFAULT.stream().filter(h -> h.statusOn(TODAY).isProbationary()).toList();
        assertTrue(probationary.size() >= 1);
        for (MemberHistory h : probationary) {
            assertTrue(h.member().party().admissionDate().isAfter(TODAY.minusMonths(12)));
            assertEquals(null, h.member().party().officialDate());
            assertEquals("", h.member().party().cardNumber());
            assertEquals(EventType.ADMITTED, h.events().get(0).type());
        }
    }

    @Test
    void generate_defaultSample_mostMembersOnTheListAreRetireesAged60To85() {
        List<MemberHistory> onList = DEFAULT.stream().filter(h -> h.statusOn(TODAY).inTotal()).toList();
        long retirees = onList.stream().filter(h -> h.member().background().retired()).filter(h -> {
            int age = Period.between(h.member().identity().birthDate(), TODAY).getYears();
            return age >= 60 && age <= 85;
        }).count();
        assertTrue(retirees * 10 >= onList.size() * 6, retirees + " of " + onList.size());
        assertTrue(onList.stream().filter(h -> h.member().background().retired())
                .allMatch(h -> "Hưu trí".equals(h.member().background().occupation())));
    }

    @Test
    void generate_sameSeedAndDate_givesIdenticalData() {
        assertEquals(DEFAULT, SampleGenerator.generate(SampleOptions.defaults(TODAY)));
    }

    @Test
    void generate_otherSeed_givesOtherData() {
        assertNotEquals(DEFAULT, SampleGenerator.generate(new SampleOptions(35, 5, 1931, TODAY)));
    }

    @Test
    void generate_longHistory_spreadsArrivalsAndDeparturesOverTheYears() {
        List<MemberHistory> sample = SampleGenerator.generate(new SampleOptions(600, 20, 42, TODAY));
        for (EventType type : List.of(EventType.TRANSFERRED_IN, EventType.RECOGNISED_OFFICIAL, EventType.EXEMPTED,
                EventType.TRANSFERRED_OUT_TEMPORARILY, EventType.TRANSFERRED_OUT, EventType.DECEASED)) {
            long years = sample.stream().flatMap(h -> h.events().stream()).filter(e -> e.type() == type)
                    .filter(e -> e.date().isAfter(TODAY.minusYears(20))).map(e -> e.date().getYear())
                    .distinct().count();
            assertTrue(years >= 8, type + " only in " + years + " years");
        }
    }

    private static long count(List<MemberHistory> sample, Predicate<StatusOnDate> test) {
        return sample.stream().filter(h -> test.test(h.statusOn(TODAY))).count();
    }

    private static MemberEvent only(EventType type, Predicate<StatusOnDate> standing) {
        List<MemberHistory> found = DEFAULT.stream().filter(h -> standing.test(h.statusOn(TODAY))).toList();
        assertEquals(1, found.size());
        return found.get(0).last(type).orElseThrow();
    }
}
