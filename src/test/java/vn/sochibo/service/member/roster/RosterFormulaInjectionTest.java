package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.PartyRecord;
import vn.sochibo.service.Services;

/**
 * Text that a spreadsheet would run as a formula (beginning with =, +, - or @, the DDE trick included) is exported
 * as plain text cells in every sheet, register, "Dữ liệu" and history alike, and reads back unchanged.
 */
class RosterFormulaInjectionTest {
    private static final String DDE = "=cmd|' /C calc'!A0";
    @TempDir
    Path dir;

    private static List<MemberHistory> hostileMembers() {
        List<MemberHistory> all = new ArrayList<>();
        String[][] texts = {{"=1+2", "=HYPERLINK(\"http://x.invalid\",\"bấm\")", DDE},
            {"+84 912 345 678", "+SUM(A1:A9)", "+thêm"}, {"-Bé-", "-2+3", "-ghi chú"}, {"@SUM(A1)", "@nhà", "@ghi"}};
        for (String[] t : texts) {
            Member m = new Member(0, new Identity(t[0], t[1], Gender.MALE, LocalDate.of(1950, 1, 1), t[1], t[2],
                    new Address(t[1], t[2], t[0]), ""), new PartyRecord(LocalDate.of(1975, 5, 19),
                    LocalDate.of(1976, 5, 19), "", "", "", ""), new Background(t[1], t[2], "", "", t[1], t[2], false,
                    false, false), new Contact(new Address(t[2], t[1], ""), t[1], ""), t[2]);
            all.add(new MemberHistory(m, List.of(MemberEvent.of(EventType.ADMITTED, LocalDate.of(1975, 5, 19)),
                    new MemberEvent(0, 0, EventType.TRANSFERRED_OUT, LocalDate.of(2020, 3, 5), null, t[1], t[2],
                            t[0]))));
        }
        return all;
    }

    @Test
    void export_textsStartingWithFormulaSigns_areTextCellsInEverySheet() throws Exception {
        Path file = dir.resolve("danh-sach.xlsx");
        try (Services services = RosterFixtures.open(dir.resolve("a.db"))) {
            services.members().insertAll(hostileMembers());
            RosterFixtures.roster(services).export(file);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals(List.of(RosterRegisterSheet.NAME, RosterHeaders.DATA_SHEET, RosterHeaders.EVENTS_SHEET),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            for (Sheet sheet : wb) {
                assertTrue(signCells(sheet) >= 4, sheet.getSheetName() + " holds the hostile texts");
            }
        }
        assertNoFormulaElement(file);
    }

    @Test
    void export_textsStartingWithFormulaSigns_readBackUnchanged() {
        Path file = dir.resolve("khu-pho.xlsx");
        List<MemberHistory> written = hostileMembers();
        try (Services services = RosterFixtures.open(dir.resolve("a.db"))) {
            services.members().insertAll(written);
            RosterFixtures.roster(services).export(file);
        }
        try (Services empty = RosterFixtures.open(dir.resolve("b.db"))) {
            RosterPreview preview = RosterFixtures.roster(empty).preview(file);
            assertFalse(preview.hasErrors(), () -> preview.problems().toString());
            List<String> notes = preview.ready().stream().map(h -> h.member().note()).sorted().toList();
            assertEquals(written.stream().map(h -> h.member().note()).sorted().toList(), notes);
            assertTrue(preview.ready().stream().anyMatch(h -> h.member().note().equals(DDE)));
            assertTrue(preview.ready().stream().flatMap(h -> h.events().stream())
                    .anyMatch(e -> e.place().equals("=HYPERLINK(\"http://x.invalid\",\"bấm\")")));
        }
    }

    /** Counts cells whose text starts with a formula sign, failing on any that is not a plain text cell. */
    private static int signCells(Sheet sheet) {
        int found = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                assertFalse(cell.getCellType() == CellType.FORMULA, sheet.getSheetName() + " " + cell.getAddress()
                        + " is a formula");
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("(?s)[=+\\-@].*")) {
                    found++;
                } else if (cell.getCellType() != CellType.STRING) {
                    assertFalse(cell.toString().matches("(?s)[=+\\-@].*"), cell.getAddress() + " " + cell);
                }
            }
        }
        return found;
    }

    /** No worksheet part of the file holds a formula element at all. */
    private static void assertNoFormulaElement(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                    assertFalse(xml.contains("<f>") || xml.contains("<f "), e.getName() + " holds a formula");
                }
            }
        }
    }
}
