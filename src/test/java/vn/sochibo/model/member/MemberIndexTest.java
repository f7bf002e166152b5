package vn.sochibo.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.testutil.MemberBuilder;

class MemberIndexTest {
    private final MemberIndex index = new MemberIndex(List.of(
            history("Nguyễn Văn An", "012345678901", EventType.ADMITTED),
            history("Đặng Thị Bích", "", EventType.ADMITTED),
            history("Trần Văn Anh", "", EventType.DECEASED),
            history(Normalizer.normalize("Lê Thị Ánh", Normalizer.Form.NFD), "", EventType.ADMITTED)));

    private static MemberHistory history(String name, String card, EventType last) {
        List<MemberEvent> events = last == EventType.ADMITTED ? List.of(event(EventType.ADMITTED, "1975-05-19"))
                : List.of(event(EventType.ADMITTED, "1975-05-19"), event(last, "2020-01-01"));
        return new MemberHistory(MemberBuilder.member().name(name).card(card).build(), events);
    }

    private List<String> names(List<MemberHistory> found) {
        return found.stream().map(h -> h.member().fullName()).toList();
    }

    @Test
    void search_withoutDiacritics_findsTheName() {
        assertEquals(List.of("Nguyễn Văn An"), names(index.search("nguyen van an", StatusFilter.ALL, d("2026-01-01"))));
    }

    @Test
    void search_dang_findsDang() {
        assertEquals(List.of("Đặng Thị Bích"), names(index.search("dang", StatusFilter.ALL, d("2026-01-01"))));
    }

    @Test
    void search_decomposedStoredName_isFoundAndOrdered() {
        assertEquals(List.of("Nguyễn Văn An", "Trần Văn Anh", "Lê Thị Ánh"),
                names(index.search("an", StatusFilter.ALL, d("2026-01-01"))));
    }

    @Test
    void search_cardNumber_findsTheMember() {
        assertEquals(List.of("Nguyễn Văn An"), names(index.search("5678901", StatusFilter.ALL, d("2026-01-01"))));
    }

    @Test
    void search_filterOnDate_leavesOutTheDeceased() {
        assertEquals(List.of("Nguyễn Văn An", "Lê Thị Ánh"),
                names(index.search("an", StatusFilter.ON_LIST, d("2026-01-01"))));
        assertEquals(3, index.search("an", StatusFilter.ON_LIST, d("2019-12-31")).size());
    }
}
