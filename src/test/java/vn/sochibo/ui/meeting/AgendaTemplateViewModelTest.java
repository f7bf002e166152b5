package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

/** Editing a type's template in memory, saving it, and going back to the standard order. */
class AgendaTemplateViewModelTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private AgendaTemplateViewModel vm;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("t.db"), TestUi.fixedClock());
        vm = new AgendaTemplateViewModel(services.meeting().agenda(), t.ui);
        vm.typeProperty().set(MeetingType.COMMITTEE);
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @Test
    void moveAndSave_newOrderIsWhatNewMeetingsCopy() {
        String first = vm.rows().get(0).title();
        vm.selectedProperty().set(vm.rows().get(0));
        vm.move(1);
        vm.save();
        assertEquals(first, services.meeting().agenda().template(MeetingType.COMMITTEE).get(1).title());
    }

    @Test
    void removeAllThenSave_isRefusedWithMessage() {
        while (!vm.rows().isEmpty()) {
            vm.selectedProperty().set(vm.rows().get(0));
            vm.remove();
        }
        vm.save();
        assertEquals("Mẫu chương trình phải có ít nhất một mục.", vm.problemProperty().get());
    }

    @Test
    void reset_afterSavedChange_bringsStandardBack() {
        vm.selectedProperty().set(vm.rows().get(0));
        vm.remove();
        vm.save();
        vm.reset();
        assertEquals(8, vm.rows().size());
    }
}
