package vn.sochibo.ui.member;

import vn.sochibo.testutil.FakeDialogs;
import vn.sochibo.testutil.TestUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterFixtures;

/** Exporting from the window: suggested file name, the written path reported, or the error shown. */
class RosterExportActionTest {
    @TempDir
    Path dir;

    @Test
    void run_chosenFile_writesItAndReportsThePath() {
        Path target = dir.resolve("so");
        FakeDialogs dialogs = new FakeDialogs().answering(target);
        try (Services services = RosterFixtures.open(dir.resolve("b.db"))) {
            services.members().insertAll(RosterFixtures.varied());
            RosterExportAction.run(TestUi.context(dialogs, RosterFixtures.CLOCK), services);
        }
        Path written = dir.resolve("so.xlsx");
        assertTrue(Files.isRegularFile(written));
        assertEquals(List.of("So-danh-sach-dang-vien-2026-11-21.xlsx"), dialogs.suggestedNames);
        assertEquals(List.of("Đã xuất sổ danh sách (8 đảng viên) ra tệp:\n" + written.toAbsolutePath()), dialogs.infos);
    }

    @Test
    void run_cancelled_writesNothing() {
        FakeDialogs dialogs = new FakeDialogs();
        try (Services services = RosterFixtures.open(dir.resolve("b.db"))) {
            RosterExportAction.run(TestUi.context(dialogs, RosterFixtures.CLOCK), services);
        }
        assertEquals(List.of(), dialogs.infos);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void run_folderGone_showsTheError() {
        FakeDialogs dialogs = new FakeDialogs().answering(dir.resolve("mất/so.xlsx"));
        try (Services services = RosterFixtures.open(dir.resolve("b.db"))) {
            RosterExportAction.run(TestUi.context(dialogs, RosterFixtures.CLOCK), services);
        }
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Không ghi được tệp "), dialogs.errors.get(0));
    }
}
