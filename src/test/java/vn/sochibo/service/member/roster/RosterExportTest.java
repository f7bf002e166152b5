package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;

/** The exported register: Mẫu 7-HSĐV layout under a title naming the branch, in order of arrival, then the data. */
class RosterExportTest {
    @TempDir
    Path dir;

    @Test
    void export_register_namesTheBranchAndFillsTheFourteenColumns() {
        Path file = dir.resolve("so.xlsx");
        try (Services services = RosterFixtures.open(dir.resolve("b.db"))) {
            services.branch().save(RosterFixtures.branch());
            services.members().insertAll(RosterFixtures.varied());
            assertEquals(8, RosterFixtures.roster(services).export(file));
        }
        List<List<String>> rows = RosterWorkbook.texts(file, "Sổ danh sách");
        assertEquals("ĐẢNG BỘ PHƯỜNG BẾN THÀNH", rows.get(0).get(0));
        assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", rows.get(0).get(7));
        assertEquals("CHI BỘ KHU PHỐ 3", rows.get(1).get(0));
        assertEquals("Phường Bến Thành, ngày 21 tháng 11 năm 2026", rows.get(1).get(7));
        assertEquals("SỔ DANH SÁCH ĐẢNG VIÊN", rows.get(4).get(0));
        assertEquals(RosterRegisterSheet.HEADERS, rows.get(6));
        assertEquals("14", rows.get(7).get(13));
        List<String> dung = rows.get(8);
        assertEquals(List.of("1", "Phạm Thị Dung\n30/12/1940", "Nữ\nKinh\nKhông"), dung.subList(0, 3));
        assertEquals("27/07/2024\nBệnh nặng", dung.get(11));
        List<String> an = rows.get(10);
        assertEquals("Nguyễn Văn An\n(Ba Gạo)\n12/03/1950", an.get(1));
        assertEquals("Nam\nKinh\nPhật giáo", an.get(2));
        assertEquals("Thôn Đông, Xã Hải Anh, Tỉnh Ninh Bình", an.get(3));
        assertEquals("10/10\nTrung cấp\nKỹ sư\nTiếng Nga B", an.get(4));
        assertEquals("19/05/1975\n19/05/1976", an.get(6));
        assertEquals("010123456789\nHN-123456\nHH 40 năm số 1234", an.get(7));
        assertEquals("Bộ đội, Hưu trí", an.get(8));
        assertEquals(7 + 8, rows.size(), "the member attending temporarily from elsewhere is not on the register");
    }

    @Test
    void export_order_isByArrivalThenVietnameseNameOrder() {
        Path file = dir.resolve("order.xlsx");
        LocalDate sameDay = LocalDate.of(2000, 1, 1);
        try (Services services = RosterFixtures.open(dir.resolve("o.db"))) {
            services.members().insertAll(List.of(admitted("Nguyễn Văn Đức", sameDay), admitted("Trần Văn Anh", sameDay),
                    admitted("Lê Thị Ân", sameDay), admitted("Vũ Văn Ba", LocalDate.of(1999, 5, 5))));
            RosterFixtures.roster(services).export(file);
        }
        List<String> names = RosterWorkbook.texts(file, "Dữ liệu").stream().skip(1).map(r -> r.get(1)).toList();
        assertEquals(List.of("Vũ Văn Ba", "Trần Văn Anh", "Lê Thị Ân", "Nguyễn Văn Đức"), names);
    }

    @Test
    void export_nameStartingWithEquals_isWrittenAsTextAndReadBack() throws Exception {
        Path file = dir.resolve("eq.xlsx");
        try (Services services = RosterFixtures.open(dir.resolve("e.db"))) {
            services.members().insertAll(List.of(admitted("=HYPERLINK(\"x\")", LocalDate.of(2000, 1, 1))));
            RosterFixtures.roster(services).export(file);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var cell = wb.getSheet("Dữ liệu").getRow(1).getCell(1);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=HYPERLINK(\"x\")", cell.getStringCellValue());
        }
        try (Services empty = RosterFixtures.open(dir.resolve("f.db"))) {
            RosterPreview preview = RosterFixtures.roster(empty).preview(file);
            assertFalse(preview.hasErrors());
            assertEquals("=HYPERLINK(\"x\")", preview.ready().get(0).member().fullName());
        }
    }

    @Test
    void export_emptyDatabase_writesTheHeadingsOnly() {
        Path file = dir.resolve("none.xlsx");
        try (Services services = RosterFixtures.open(dir.resolve("n.db"))) {
            assertEquals(0, RosterFixtures.roster(services).export(file));
        }
        List<List<String>> rows = RosterWorkbook.texts(file, "Sổ danh sách");
        assertEquals("SỔ DANH SÁCH ĐẢNG VIÊN", rows.get(0).get(0));
        assertTrue(rows.size() <= 4);
    }

    private static MemberHistory admitted(String name, LocalDate day) {
        Member m = RosterFixtures.member(name, Gender.MALE, LocalDate.of(1960, 1, 1), day, null);
        return new MemberHistory(m, List.of(MemberEvent.of(EventType.ADMITTED, day)));
    }
}
