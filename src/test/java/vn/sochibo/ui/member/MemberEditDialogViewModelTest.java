package vn.sochibo.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

class MemberEditDialogViewModelTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("e.db"), TestUi.fixedClock());
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    private MemberEditDialogViewModel newForm() {
        MemberEditDialogViewModel vm = new MemberEditDialogViewModel(services.members(), t.ui, 0);
        MemberFormFields f = vm.fields();
        f.fullName.set(Normalizer.normalize("Phạm Thị Hương", Normalizer.Form.NFD));
        f.gender.set(Gender.FEMALE);
        f.birthDate.set(d("1960-04-30"));
        f.admissionDate.set(d("1985-02-03"));
        f.officialDate.set(d("1986-02-03"));
        return vm;
    }

    @Test
    void save_newMember_isStoredInNfcWithHistory() {
        MemberEditDialogViewModel vm = newForm();

        assertTrue(vm.save());

        MemberHistory saved = services.members().get(vm.savedId());
        assertEquals("Phạm Thị Hương", saved.member().fullName());
        assertTrue(Normalizer.isNormalized(saved.member().fullName(), Normalizer.Form.NFC));
        assertEquals(2, saved.events().size());
    }

    @Test
    void save_missingNameAndBadId_listsEachFieldAndSavesNothing() {
        MemberEditDialogViewModel vm = newForm();
        vm.fields().fullName.set("");
        vm.fields().personalId.set("12345");

        assertFalse(vm.save());

        assertTrue(vm.issuesTextProperty().get().contains("Họ và tên: cần nhập"));
        assertTrue(vm.issuesTextProperty().get().contains("Số định danh cá nhân (CCCD): phải gồm đúng 12 chữ số"));
        assertEquals("validation.required", vm.issueFor("member.field.fullName").key());
        assertEquals(0, services.members().count());
    }

    @Test
    void save_badDateText_namesTheDateField() {
        MemberEditDialogViewModel vm = newForm();
        vm.fields().birthDate.set(null);
        vm.setBadDate("member.field.birthDate", true);

        assertFalse(vm.save());
        assertTrue(vm.issuesTextProperty().get().contains("Ngày sinh: Ngày phải theo dạng dd/mm/yyyy"));
        assertEquals(1, vm.issues().stream().filter(i -> i.field().equals("member.field.birthDate")).count());
    }

    @Test
    void save_onlyWarning_asksAndSavesWhenConfirmed() {
        MemberEditDialogViewModel vm = newForm();
        vm.fields().officialDate.set(d("1988-01-01"));
        t.dialogs.answer = false;

        assertFalse(vm.save());
        assertEquals(1, t.dialogs.confirmations.size());

        t.dialogs.answer = true;
        assertTrue(vm.save());
    }

    @Test
    void save_transferredInWithoutOrigin_namesTheOrigin() {
        MemberEditDialogViewModel vm = newForm();
        vm.entryTypeProperty().set(EventType.TRANSFERRED_IN);
        vm.entryDateProperty().set(d("2020-01-01"));

        assertFalse(vm.save());
        assertTrue(vm.issuesTextProperty().get().contains("Nơi chuyển đến từ: cần nhập"));
    }

    @Test
    void existingMember_showsTimelineStatusAndAcceptsEvents() {
        long id = services.members().save(MemberBuilder.member().build(), MemberEntry.admittedHere()).member().id();
        MemberEditDialogViewModel vm = new MemberEditDialogViewModel(services.members(), t.ui, id);
        assertEquals(2, vm.timeline().size());
        assertEquals("Kết nạp vào Đảng", vm.timeline().get(0).title());
        assertEquals("Tình trạng hôm nay: Chính thức. Tuổi đảng: 51 năm 6 tháng", vm.statusTextProperty().get());

        assertTrue(vm.saveEvent(new MemberEvent(0, id, EventType.EXEMPTED, d("2026-01-10"), null, "",
                "Tuổi cao, sức khỏe yếu", "")));

        assertEquals(3, vm.timeline().size());
        assertTrue(vm.statusTextProperty().get().contains("Miễn công tác và sinh hoạt đảng"));
    }

    @Test
    void saveEvent_impossible_showsWhyAndKeepsTheHistory() {
        long id = services.members().save(MemberBuilder.member().build(), MemberEntry.admittedHere()).member().id();
        MemberEditDialogViewModel vm = new MemberEditDialogViewModel(services.members(), t.ui, id);

        assertFalse(vm.saveEvent(new MemberEvent(0, id, EventType.RETURNED, d("2026-01-10"), null, "", "", "")));

        assertEquals(1, t.dialogs.errors.size());
        assertTrue(t.dialogs.errors.get(0).contains("không chuyển sinh hoạt tạm thời đi"));
        assertEquals(2, vm.timeline().size());
    }
}
