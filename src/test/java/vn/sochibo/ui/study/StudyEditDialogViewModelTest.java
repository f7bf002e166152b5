package vn.sochibo.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.testutil.TestUi;

/** The study session form: messages naming the field, and what is saved. */
class StudyEditDialogViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private StudyService study;
    private TestUi t;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("s.db"), TestUi.fixedClock());
        study = services.study();
        t = new TestUi();
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    private StudyEditDialogViewModel filled() {
        StudyEditDialogViewModel vm = new StudyEditDialogViewModel(study, t.ui,
                StudyEditDialogViewModel.fresh(TestUi.TODAY));
        vm.symbolProperty().set(" 18-NQ/TW ");
        vm.titleProperty().set("Nghị quyết Hội nghị lần thứ sáu");
        return vm;
    }

    @Test
    void save_symbolEmpty_refusedNamingTheField() {
        StudyEditDialogViewModel vm = filled();
        vm.symbolProperty().set("  ");

        assertFalse(vm.save(false));

        assertEquals("Số, ký hiệu văn bản: không được để trống (ví dụ 18-NQ/TW).", vm.problemProperty().get());
        assertEquals(List.of(), study.sessions(2026));
    }

    @Test
    void save_symbolWithoutLetters_refusedWithAnExample() {
        StudyEditDialogViewModel vm = filled();
        vm.symbolProperty().set("18");

        assertFalse(vm.save(false));

        assertTrue(vm.problemProperty().get().startsWith("Số, ký hiệu văn bản “18”: phải có chữ"),
                vm.problemProperty().get());
    }

    @Test
    void save_titleEmpty_refusedNamingTheField() {
        StudyEditDialogViewModel vm = filled();
        vm.titleProperty().set("");

        assertFalse(vm.save(false));

        assertTrue(vm.problemProperty().get().startsWith("Tên văn bản: không được để trống"));
    }

    @Test
    void save_dateTextNotADate_refusedNamingTheField() {
        StudyEditDialogViewModel vm = filled();

        assertFalse(vm.save(true));

        assertEquals("Ngày học tập: hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 10/03/2026.", vm.problemProperty().get());
    }

    @Test
    void save_newSessionFilledIn_storesEveryField() {
        StudyEditDialogViewModel vm = filled();
        vm.levelProperty().set(IssuingLevel.TINH_UY);
        vm.organiserProperty().set(Organiser.BRANCH);
        vm.formProperty().set(StudyForm.ONLINE);
        vm.placeProperty().set("Nhà văn hóa tổ 3");
        vm.presenterProperty().set("Đồng chí Bí thư");
        vm.reflectionRequiredProperty().set(true);

        assertTrue(vm.save(false));

        StudySession back = study.sessions(2026).get(0).session();
        assertEquals(new StudySession(vm.saved().id(), "18-NQ/TW", "Nghị quyết Hội nghị lần thứ sáu",
                IssuingLevel.TINH_UY, Organiser.BRANCH, TestUi.TODAY, "Nhà văn hóa tổ 3", StudyForm.ONLINE,
                "Đồng chí Bí thư", true), back);
        assertEquals("Thêm buổi học tập, quán triệt nghị quyết", vm.title());
    }

    @Test
    void save_existingSessionMovedToAnotherDate_isChangedNotDuplicated() {
        StudySession saved = study.create(StudyUiFixtures.session("21-NQ/TW", "2026-03-10", false));
        StudyEditDialogViewModel vm = new StudyEditDialogViewModel(study, t.ui, saved);
        vm.dateProperty().set(d("2026-04-02"));

        assertTrue(vm.save(false));

        assertEquals("Sửa buổi học tập, quán triệt nghị quyết", vm.title());
        assertEquals(1, study.sessions(2026).size());
        assertEquals(d("2026-04-02"), study.summary(saved.id()).session().date());
    }
}
