package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Messages;

/** Reading the layouts found in the wild: plain rosters in any column order, Mẫu 7-HSĐV, two-row headers. */
class RosterImportTest extends RosterDatabaseTest {
    private static final Messages VI = Messages.forLanguage("vi");
    @Test
    void preview_plainRosterShuffledWithHeaderOnRow4_readsEveryMember() {
        Path file = new RosterWorkbook().sheet("DS chi bộ")
                .row(1, "DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU PHỐ 5")
                .row(2, "(cập nhật tháng 10/2026)")
                .row(4, "Ghi chú", "Ngày vào Đảng", "Họ tên", "Số CCCD", "Giới tính", "Ngày sinh", "TT",
                        "Ngày chính thức", "SĐT")
                .row(5, "", LocalDate.of(1975, 5, 19), "Nguyễn Văn An", "001050012345", "Nam",
                        LocalDate.of(1950, 3, 12), 1, "19/05/1976", "0912345678")
                .row(6, "Tổ 2", "12-3-1990", "Trần Thị Bích", "", "nữ", "01.08.1962", 2, LocalDate.of(1991, 3, 12), "")
                .write(dir.resolve("plain.xlsx"));
        RosterPreview preview = roster.preview(file);
        assertNoProblems(preview);
        assertEquals(List.of(5, 6), preview.entries().stream().map(RosterEntry::row).toList());
        Member an = preview.ready().get(0).member();
        assertEquals("Nguyễn Văn An", an.fullName());
        assertEquals(Gender.MALE, an.identity().gender());
        assertEquals(LocalDate.of(1950, 3, 12), an.identity().birthDate());
        assertEquals("001050012345", an.identity().personalId());
        assertEquals(LocalDate.of(1976, 5, 19), an.party().officialDate());
        assertEquals("0912345678", an.contact().phone());
        Member bich = preview.ready().get(1).member();
        assertEquals(Gender.FEMALE, bich.identity().gender());
        assertEquals(LocalDate.of(1962, 8, 1), bich.identity().birthDate());
        assertEquals(LocalDate.of(1990, 3, 12), bich.party().admissionDate());
        assertEquals("Tổ 2", bich.note());
        assertEquals(List.of(EventType.ADMITTED, EventType.RECOGNISED_OFFICIAL), types(preview.ready().get(1)));
    }

    @Test
    void preview_mau7Register_readsCombinedCellsAndHistories() {
        Path file = mau7().write(dir.resolve("mau7.xlsx"));
        RosterPreview preview = roster.preview(file);
        assertNoProblems(preview);
        assertEquals(5, preview.entries().size());
        Member an = preview.ready().get(0).member();
        assertEquals("NGUYỄN VĂN AN", an.fullName());
        assertEquals("Ba Gạo", an.identity().otherName());
        assertEquals(LocalDate.of(1950, 3, 12), an.identity().birthDate());
        assertEquals(Gender.MALE, an.identity().gender());
        assertEquals("Kinh", an.identity().ethnicity());
        assertEquals("Không", an.identity().religion());
        assertEquals("Xã Hải Anh, Tỉnh Ninh Bình", an.identity().hometown().oneLine());
        assertEquals(List.of("10/10", "Kỹ sư", "Trung cấp", "Anh B"), List.of(an.background().generalEducation(),
                an.background().professionalLevel(), an.background().politicalTheory(),
                an.background().foreignLanguage()));
        assertEquals("Công nhân", an.background().occupationBeforeJoining());
        assertEquals("Hưu trí", an.background().occupation());
        assertEquals(LocalDate.of(1975, 5, 19), an.party().admissionDate());
        assertEquals(LocalDate.of(1976, 5, 19), an.party().officialDate());
        assertEquals("010123456789", an.party().cardNumber());
        assertEquals("HN-123456", an.party().dossierNumber());
        assertTrue(an.background().army() && an.background().retired() && !an.background().police());
        MemberHistory bich = preview.ready().get(1);
        assertEquals(List.of(EventType.TRANSFERRED_IN), types(bich));
        assertEquals("Đảng bộ phường Tân Định", bich.events().get(0).place());
        MemberEvent out = preview.ready().get(2).last(EventType.TRANSFERRED_OUT).orElseThrow();
        assertEquals("Đảng bộ xã Phú Hòa", out.place());
        MemberEvent death = preview.ready().get(3).last(EventType.DECEASED).orElseThrow();
        assertEquals(LocalDate.of(2024, 7, 27), death.date());
        assertEquals("Bệnh nặng", death.reason());
        MemberEvent removed = preview.ready().get(4).last(EventType.REMOVED).orElseThrow();
        assertEquals("Xóa tên", removed.reason());
    }

    @Test
    void preview_excelDatesAndEveryTextForm_giveTheSameDate() {
        RosterWorkbook book = new RosterWorkbook().sheet("Sheet1")
                .row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng");
        Object[] forms = {LocalDate.of(1965, 2, 5), "05/02/1965", "5/2/1965", "05-02-1965", "05.02.1965",
            "1965-02-05", 23778.0};
        for (int i = 0; i < forms.length; i++) {
            book.row(i + 2, "Người số " + (i + 1), "Nam", forms[i], forms[i].equals(23778.0) ? "05/02/1990" : "5/2/1990");
        }
        RosterPreview preview = roster.preview(book.write(dir.resolve("dates.xlsx")));
        assertNoProblems(preview);
        for (MemberHistory h : preview.ready()) {
            assertEquals(LocalDate.of(1965, 2, 5), h.member().identity().birthDate(), h.member().fullName());
            assertEquals(LocalDate.of(1990, 2, 5), h.member().party().admissionDate(), h.member().fullName());
        }
    }

    @Test
    void preview_twoRowHeaderWithMergedCells_readsSexFromMarks() {
        Path file = new RosterWorkbook().sheet("Danh sách")
                .row(3, "STT", "Họ và tên", "Giới tính", null, "Ngày sinh", "Ngày vào Đảng")
                .row(4, null, null, "Nam", "Nữ")
                .merge("A3:A4").merge("B3:B4").merge("C3:D3").merge("E3:E4").merge("F3:F4")
                .row(5, 1, "Đinh Văn Khoa", "x", "", "01/01/1960", "01/01/1990")
                .row(6, 2, "Lý Thị Lan", "", "x", "02/02/1961", "02/02/1991")
                .write(dir.resolve("merged.xlsx"));
        RosterPreview preview = roster.preview(file);
        assertNoProblems(preview);
        assertEquals(List.of(Gender.MALE, Gender.FEMALE),
                preview.ready().stream().map(h -> h.member().identity().gender()).toList());
    }

    @Test
    void preview_formulas_useTheirComputedValues() {
        Path file = new RosterWorkbook().sheet("Sheet1")
                .row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ghi chú")
                .row(2, RosterWorkbook.formula("\"Nguyễn \"&\"Văn Tư\""), "Nam", "03/03/1955", "04/04/1980",
                        RosterWorkbook.formula("1+1"))
                .write(dir.resolve("formulas.xlsx"));
        RosterPreview preview = roster.preview(file);
        assertNoProblems(preview);
        assertEquals("Nguyễn Văn Tư", preview.ready().get(0).member().fullName());
        assertEquals("2", preview.ready().get(0).member().note());
    }

    @Test
    void preview_cccdStoredAsNumber_getsItsLeadingZerosBackWithAWarning() {
        Path file = new RosterWorkbook().sheet("Sheet1")
                .row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "CCCD")
                .row(2, "Mai Văn Sơn", "Nam", "03/03/1955", "04/04/1980", 1055001234.0)
                .write(dir.resolve("cccd.xlsx"));
        RosterPreview preview = roster.preview(file);
        assertFalse(preview.hasErrors());
        assertEquals("001055001234", preview.ready().get(0).member().identity().personalId());
        assertEquals(List.of("Dòng 2, cột «CCCD»: Excel đã bỏ số 0 ở đầu; đã ghi lại thành 001055001234, hãy kiểm tra"),
                texts(preview));
    }

    /** A Mẫu 7-HSĐV register typed by hand: title, the 14 headings, the row of column numbers, five members. */
    static RosterWorkbook mau7() {
        return new RosterWorkbook().sheet("Sổ ĐV")
                .row(1, "ĐẢNG BỘ PHƯỜNG BẾN THÀNH").row(2, "CHI BỘ KHU PHỐ 3").row(4, "SỔ DANH SÁCH ĐẢNG VIÊN")
                .row(6, "Số TT", "HỌ VÀ TÊN\nHọ và tên khai sinh", "Nam, nữ, dân tộc, tôn giáo", "QUÊ QUÁN",
                        "Văn hoá, lý luận, CMNV, ngoại ngữ", "Nghề nghiệp trước khi vào Đảng, Nghề nghiệp hiện nay",
                        "Ngày vào Đảng, ngày chính thức", "Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng",
                        "Bộ đội, công an, hưu trí", "Ngày chuyển đi, đến đảng bộ cơ sở",
                        "Ngày chuyển đến, ở đảng bộ cơ sở nào đến", "Ngày từ trần\nLý do",
                        "Ngày ra khỏi Đảng, hình thức ra Đảng", "Ghi chú")
                .row(7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
                .row(8, 1, "NGUYỄN VĂN AN\n(Ba Gạo)\n12/03/1950", "Nam\nKinh\nKhông", "Xã Hải Anh, Tỉnh Ninh Bình",
                        "10/10\nTrung cấp\nKỹ sư\nAnh B", "Công nhân\nHưu trí", "19/05/1975\n19/05/1976",
                        "010123456789\nHN-123456", "Bộ đội, hưu trí", "", "", "", "", "Cựu chiến binh")
                .row(9, 2, "Trần Thị Bích\n01/08/1962", "Nữ, Kinh, Không", "", "", "", "03/02/1990\n03/02/1991", "",
                        "", "", "01/06/2015\nĐảng bộ phường Tân Định")
                .row(10, 3, "Lê Văn Cường\n15/01/1980", "Nam\nKinh\nKhông", "", "", "", "02/09/2010 - 02/09/2011",
                        "", "", "05/03/2020\nĐảng bộ xã Phú Hòa")
                .row(11, 4, "Phạm Thị Dung\n30/12/1940", "Nữ\nKinh\nKhông", "", "", "", "20/01/1968\n20/01/1969", "",
                        "", "", "", "27/07/2024\nBệnh nặng")
                .row(12, 5, "Hoàng Văn Em\n06/06/1985", "Nam\nKinh\nKhông", "", "", "", "10/04/2018\n10/04/2019", "",
                        "", "", "", "", "15/11/2023\nXóa tên");
    }

    static List<EventType> types(MemberHistory h) {
        return h.events().stream().map(MemberEvent::type).toList();
    }

    static List<String> texts(RosterPreview preview) {
        return preview.problems().stream().map(p -> p.text(VI)).toList();
    }

    static void assertNoProblems(RosterPreview preview) {
        assertEquals(List.of(), texts(preview));
    }
}
