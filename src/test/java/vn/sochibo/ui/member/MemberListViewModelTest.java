package vn.sochibo.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.StatusFilter;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

class MemberListViewModelTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private MemberListViewModel vm;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("l.db"), TestUi.fixedClock());
        services.members().save(MemberBuilder.member().name("Nguyễn Văn An").build(), MemberEntry.admittedHere());
        services.members().save(MemberBuilder.member().name("Đặng Thị Bích").female().build(),
                MemberEntry.admittedHere());
        MemberHistory gone = services.members().save(MemberBuilder.member().name("Trần Văn Cường").build(),
                MemberEntry.admittedHere());
        services.members().saveEvent(new MemberEvent(0, gone.member().id(), EventType.DECEASED, d("2025-05-01"),
                null, "", "", ""));
        vm = new MemberListViewModel(services.members(), t.ui);
        vm.load();
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    private List<String> names() {
        return vm.rows().stream().map(MemberRow::fullName).toList();
    }

    @Test
    void load_byDefault_showsCurrentMembersInVietnameseOrderWithCounts() {
        assertEquals(List.of("Nguyễn Văn An", "Đặng Thị Bích"), names());
        assertTrue(vm.countsTextProperty().get().startsWith("Tổng số đảng viên: 2 (chính thức 2, dự bị 0)"));
        assertEquals("Đang hiện 2 / 3 người", vm.shownTextProperty().get());
    }

    @Test
    void search_typedWithoutDiacritics_narrowsAtEachKeystroke() {
        vm.searchProperty().set("d");
        assertEquals(List.of("Đặng Thị Bích"), names());
        vm.searchProperty().set("da");
        assertEquals(List.of("Đặng Thị Bích"), names());
        vm.searchProperty().set("");
        assertEquals(2, names().size());
    }

    @Test
    void search_selectsTheFirstMatchSoEnterOpensIt() {
        vm.searchProperty().set("bich");
        assertEquals("Đặng Thị Bích", vm.selectedProperty().get().fullName());
    }

    @Test
    void filterAndDate_deceasedMemberShownOnAnEarlierDate() {
        vm.filterProperty().set(StatusFilter.ALL);
        assertEquals(3, names().size());
        vm.filterProperty().set(StatusFilter.ON_LIST);
        vm.asOfProperty().set(d("2025-04-30"));
        assertEquals(List.of("Nguyễn Văn An", "Đặng Thị Bích", "Trần Văn Cường"), names());
        assertEquals("Chính thức", vm.rows().get(2).status());
    }

    @Test
    void deleteMistake_confirmed_removesTheRecord_refusedKeepsIt() {
        MemberRow first = vm.rows().get(0);
        t.dialogs.answer = false;
        vm.deleteMistake(first);
        assertEquals(3, services.members().count());
        assertTrue(t.dialogs.confirmations.get(0).contains("Chỉ dùng khi nhập nhầm"));

        t.dialogs.answer = true;
        vm.deleteMistake(first);
        assertEquals(2, services.members().count());
        assertEquals(List.of("Đặng Thị Bích"), names());
    }

    @Test
    void rows_showPartyAgeAndStatus() {
        MemberRow first = vm.rows().get(0);
        assertEquals("51 năm 6 tháng", first.partyAge());
        assertEquals("Chính thức", first.status());
    }

    @Test
    void search_narrowedThenWidened_rowsNumberedFromOneEachTimeWithTheSameTexts() {
        vm.searchProperty().set("bich");
        MemberRow narrowed = vm.rows().get(0);
        assertEquals(1, narrowed.number());
        vm.searchProperty().set("");
        assertEquals(List.of(1, 2), vm.rows().stream().map(MemberRow::number).toList());
        MemberRow widened = vm.rows().get(1);
        assertEquals(2, widened.number());
        assertEquals(narrowed.status(), widened.status());
        assertEquals(narrowed.gender(), widened.gender());
        assertEquals(narrowed.partyAge(), widened.partyAge());
    }

    @Test
    void load_afterAMemberIsAddedOrDied_showsTheChangeNotAnEarlierReading() {
        services.members().save(MemberBuilder.member().name("Lê Thị Dung").female().build(),
                MemberEntry.admittedHere());
        vm.load();
        assertEquals(List.of("Nguyễn Văn An", "Đặng Thị Bích", "Lê Thị Dung"), names());
        long an = vm.rows().get(0).id();
        services.members().saveEvent(new MemberEvent(0, an, EventType.DECEASED, d("2026-01-02"), null, "", "", ""));
        vm.load();
        assertEquals(List.of("Đặng Thị Bích", "Lê Thị Dung"), names());
    }

    @Test
    void asOf_changedAfterASearch_statusTextsFollowTheNewDate() {
        vm.filterProperty().set(StatusFilter.ALL);
        vm.searchProperty().set("cuong");
        assertEquals("Từ trần", vm.rows().get(0).status());
        vm.asOfProperty().set(d("2025-04-30"));
        assertEquals("Chính thức", vm.rows().get(0).status());
    }
}
