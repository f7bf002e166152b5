package vn.sochibo.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

class MemberEventDialogViewModelTest {
    private final TestUi t = new TestUi();
    private final MemberHistory history = new MemberHistory(MemberBuilder.member().build(),
            List.of(event(EventType.ADMITTED, "1975-05-19")));

    @AfterEach
    void close() {
        t.dispose();
    }

    @Test
    void temporaryTransfer_needsPlaceAndEnd_andSaysSo() {
        MemberEventDialogViewModel vm = new MemberEventDialogViewModel(t.ui, history, null);
        vm.typeProperty().set(EventType.TRANSFERRED_OUT_TEMPORARILY);

        assertTrue(vm.placeUsed().get());
        assertTrue(vm.endUsed().get());
        assertEquals("Nơi chuyển đến", vm.placeLabel().get());
        assertFalse(vm.validate());
        assertTrue(vm.issuesTextProperty().get().contains("Nơi đi / nơi đến: cần nhập"));
        assertTrue(vm.issuesTextProperty().get().contains("Đến ngày: cần nhập ngày"));
    }

    @Test
    void transferIn_labelsThePlaceAsOrigin() {
        MemberEventDialogViewModel vm = new MemberEventDialogViewModel(t.ui, history, null);
        vm.typeProperty().set(EventType.TRANSFERRED_IN);
        assertEquals("Chuyển đến từ", vm.placeLabel().get());
    }

    @Test
    void build_dropsFieldsTheTypeDoesNotUse() {
        MemberEventDialogViewModel vm = new MemberEventDialogViewModel(t.ui, history, null);
        vm.typeProperty().set(EventType.DECEASED);
        vm.dateProperty().set(d("2026-03-01"));
        vm.placeProperty().set("left over");
        vm.endDateProperty().set(d("2026-05-01"));

        assertTrue(vm.validate());
        MemberEvent e = vm.build();
        assertEquals("", e.place());
        assertEquals(null, e.endDate());
    }

    @Test
    void validate_noType_asksToChooseOne() {
        MemberEventDialogViewModel vm = new MemberEventDialogViewModel(t.ui, history, null);
        assertFalse(vm.validate());
        assertEquals("Sự kiện: cần chọn", vm.issuesTextProperty().get());
    }
}
