package vn.sochibo.service.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.StatusOnDate;

class SampleIdentitiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final List<MemberHistory> SAMPLE = SampleGenerator.generate(new SampleOptions(600, 20, 42, TODAY));

    @Test
    void generate_names_areFullVietnameseNamesInNfcFittingTheSex() {
        for (MemberHistory h : SAMPLE) {
            Identity id = h.member().identity();
            String name = id.fullName();
            assertTrue(name.split(" ").length >= 3, name);
            assertEquals(Normalizer.normalize(name, Normalizer.Form.NFC), name);
            assertFalse(id.gender() == Gender.MALE && name.contains(" Thị "), name);
            assertFalse(id.gender() == Gender.FEMALE && name.contains(" Văn "), name);
        }
        long withMarks = SAMPLE.stream().map(h -> h.member().fullName())
                .filter(n -> !Normalizer.normalize(n, Normalizer.Form.NFD).equals(n)).count();
        assertTrue(withMarks > SAMPLE.size() * 9 / 10, withMarks + " names with diacritics");
    }

    @Test
    void generate_defaultSample_hasGivenNamesStartingWithDStrokeAndHornedVowels() {
        List<String> given = SampleGenerator.generate(SampleOptions.defaults(TODAY)).stream()
                .map(h -> h.member().fullName()).map(n -> n.substring(n.lastIndexOf(' ') + 1)).toList();
        assertTrue(given.stream().anyMatch(g -> g.startsWith("Đ")), given.toString());
        assertTrue(given.stream().anyMatch(g -> g.startsWith("Ư") || g.startsWith("Ơ")), given.toString());
    }

    @Test
    void generate_familyNames_nguyenAboutTwoInFiveThenTranLePham() {
        Map<String, Long> families = SAMPLE.stream().map(h -> h.member().fullName().split(" ")[0])
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> ranked = families.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(5).toList();
        assertEquals("Nguyễn", ranked.get(0));
        assertTrue(families.get("Nguyễn") > 180 && families.get("Nguyễn") < 270, families.toString());
        assertTrue(ranked.containsAll(List.of("Trần", "Lê", "Phạm")), ranked.toString());
    }

    @Test
    void generate_identities_roughlyBalancedMostlyKinhWithoutReligion() {
        long men = SAMPLE.stream().filter(h -> h.member().identity().gender() == Gender.MALE).count();
        long kinh = SAMPLE.stream().filter(h -> h.member().identity().ethnicity().equals("Kinh")).count();
        long noReligion = SAMPLE.stream().filter(h -> h.member().identity().religion().equals("Không")).count();
        assertTrue(men > 240 && men < 390, men + " men of 600");
        assertTrue(kinh > 540, kinh + " Kinh");
        assertTrue(noReligion > 520, noReligion + " without religion");
    }

    @Test
    void generate_personalIds_followTheCccdLayout() {
        for (MemberHistory h : SAMPLE) {
            Identity id = h.member().identity();
            String cccd = id.personalId();
            assertTrue(cccd.matches("\\d{12}"), cccd);
            int century = id.birthDate().getYear() < 2000 ? 0 : 2;
            int sexDigit = century + (id.gender() == Gender.FEMALE ? 1 : 0);
            assertEquals(String.valueOf(sexDigit), cccd.substring(3, 4), cccd);
            assertEquals(String.format("%02d", id.birthDate().getYear() % 100), cccd.substring(4, 6), cccd);
        }
    }

    @Test
    void generate_cardNumbers_onlyForOfficialMembersAndEveryCurrentOfficialHasOne() {
        for (MemberHistory h : SAMPLE) {
            Member m = h.member();
            String card = m.party().cardNumber();
            assertTrue(card.isEmpty() || card.matches("\\d{12}") && m.party().officialDate() != null, card);
            StatusOnDate s = h.statusOn(TODAY);
            if (s.isOfficial() || s.isAttached()) {
                assertFalse(card.isEmpty(), m.fullName());
            }
            assertFalse(m.party().dossierNumber().isEmpty());
        }
        assertTrue(SAMPLE.stream().anyMatch(h -> !h.member().party().oldCardNumber().isEmpty()));
    }

    @Test
    void generate_contacts_phonesAndAddressesOfTheNeighbourhood() {
        for (MemberHistory h : SAMPLE) {
            String phone = h.member().contact().phone();
            assertTrue(phone.isEmpty() || phone.matches("0[39]\\d{8}"), phone);
            assertTrue(h.member().contact().localAddress().matches("Số \\d+, .+, Tổ \\d+"),
                    h.member().contact().localAddress());
            boolean attached = h.first(EventType.ATTACHED_IN).isPresent();
            assertEquals(!attached, h.member().contact().permanentAddress().commune().equals("Phường Hoà Bình"));
        }
    }

    @Test
    void generate_twentyThousandMembersOverThirtyYears_uniquePersonalIdsAndCardNumbersAndValidHistories() {
        List<MemberHistory> large = SampleGenerator.generate(new SampleOptions(20_000, 30, 2030, TODAY));
        assertEquals(20_000, large.size());
        assertEquals(20_000, distinct(large, m -> m.identity().personalId()));
        List<String> cards = large.stream().map(h -> h.member().party().cardNumber()).filter(c -> !c.isEmpty())
                .toList();
        assertTrue(cards.size() > 10_000, cards.size() + " cards");
        assertEquals(cards.size(), new HashSet<>(cards).size());
        assertEquals(List.of(), SampleChecks.problems(large, TODAY));
    }

    private static int distinct(List<MemberHistory> sample, Function<Member, String> field) {
        Set<String> values = new HashSet<>();
        sample.forEach(h -> values.add(field.apply(h.member())));
        return values.size();
    }
}
