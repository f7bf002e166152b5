package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.service.member.roster.RosterImportTest.texts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.model.AppException;
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
import vn.sochibo.service.Messages;

/** Every problem is reported by row and column, duplicates are caught, and one error means nothing is written. */
class RosterProblemsTest extends RosterDatabaseTest {
    private static final String[] HEADER = {"STT", "Họ và tên", "Giới tính", "Năm sinh", "Ngày vào Đảng",
        "Ngày chính thức", "Số CCCD", "Số thẻ Đảng"};
    @Test
    void preview_badCells_reportEachByRowAndColumnAsInExcel() {
        Path file = new RosterWorkbook().sheet("Sheet1").row(2, (Object[]) HEADER)
                .row(3, 1, "", "Nam", "01/01/1950", "01/01/1980")
                .row(4, 2, "Võ Văn Bảy", "Nan", "01/01/1950", "01/01/1980")
                .row(5, 3, "Võ Văn Tám", "Nam", "1950", "01/01/1980")
                .row(6, 4, "Võ Văn Chín", "Nam", "01/01/1950", "01/01/1980", "", "12345")
                .row(7, 5, "Võ Văn Mười", "Nam", "01/01/1950", "01/01/1980", "01/01/1979")
                .row(8, 6, "Võ Thị Một", "Nữ", "01/01/1950", "01/01/2027")
                .row(9, 7, "Võ Thị Hai", "Nữ", "31/02/1950", "01/01/1980")
                .write(dir.resolve("bad.xlsx"));
        RosterPreview preview = roster.preview(file);
        assertEquals(List.of(
                "Dòng 3, cột «Họ và tên»: cần nhập",
                "Dòng 4, cột «Giới tính»: giới tính phải là «Nam» hoặc «Nữ» (đang ghi «Nan»)",
                "Dòng 5, cột «Năm sinh»: chỉ có năm (1950); sổ danh sách cần ngày đầy đủ dd/mm/yyyy",
                "Dòng 6, cột «Số CCCD»: phải gồm đúng 12 chữ số",
                "Dòng 7, cột «Ngày chính thức»: phải sau ngày vào Đảng",
                "Dòng 8, cột «Ngày vào Đảng»: không được sau ngày hôm nay",
                "Dòng 9, cột «Năm sinh»: ngày không có thật (31/02/1950)"), errorTexts(preview));
        assertEquals(7, preview.entries().stream().filter(RosterEntry::hasError).count());
    }

    @Test
    void preview_missingColumn_namesTheFieldInstead() {
        Path file = new RosterWorkbook().sheet("Sheet1").row(1, "Họ và tên", "Ngày sinh", "Ngày vào Đảng")
                .row(2, "Võ Văn Bảy", "01/01/1950", "01/01/1980").write(dir.resolve("nosex.xlsx"));
        assertEquals(List.of("Dòng 2, Giới tính: cần chọn"), texts(roster.preview(file)));
        assertEquals(List.of("Row 2, Sex: must be chosen"), roster.preview(file).problems().stream()
                .map(p -> p.text(Messages.forLanguage("en"))).toList());
    }

    @Test
    void preview_duplicatesWithinTheFile_flagTheLaterRow() {
        Path file = new RosterWorkbook().sheet("Sheet1").row(1, (Object[]) HEADER)
                .row(2, 1, "Võ Văn Bảy", "Nam", "01/01/1950", "01/01/1980", "", "001050000001", "010000000001")
                .row(3, 2, "Võ Văn Tám", "Nam", "02/01/1950", "01/01/1980", "", "001050000001", "")
                .row(4, 3, "Võ Văn Chín", "Nam", "03/01/1950", "01/01/1980", "", "", "010000000001")
                .row(5, 4, "Võ văn bảy", "Nam", "01/01/1950", "01/01/1981")
                .write(dir.resolve("dups.xlsx"));
        assertEquals(List.of(
                "Dòng 3, cột «Số CCCD»: trùng với dòng 2 trong tệp",
                "Dòng 4, cột «Số thẻ Đảng»: trùng với dòng 2 trong tệp",
                "Dòng 5, cột «Họ và tên»: trùng họ tên và ngày sinh với dòng 2 trong tệp"),
                errorTexts(roster.preview(file)));
    }

    @Test
    void preview_duplicatesOfMembersInTheDatabase_areErrors() {
        Member existing = new Member(0, new Identity("Võ Văn Bảy", "", Gender.MALE, LocalDate.of(1950, 1, 1), "", "",
                Address.EMPTY, "001050000001"), new PartyRecord(LocalDate.of(1980, 1, 1), null, "010000000001", "", "",
                ""), Background.EMPTY, Contact.EMPTY, "");
        services.members().insertAll(List.of(new MemberHistory(existing,
                List.of(MemberEvent.of(EventType.ADMITTED, LocalDate.of(1980, 1, 1))))));
        Path file = new RosterWorkbook().sheet("Sheet1").row(1, (Object[]) HEADER)
                .row(2, 1, "Võ Văn Tám", "Nam", "02/01/1950", "01/01/1980", "", "001050000001")
                .row(3, 2, "Võ Văn Chín", "Nam", "03/01/1950", "01/01/1980", "", "", "010000000001")
                .row(4, 3, "VÕ VĂN BẢY", "Nam", "01/01/1950", "01/01/1980")
                .write(dir.resolve("dups.xlsx"));
        assertEquals(List.of(
                "Dòng 2, cột «Số CCCD»: trùng với đảng viên đã có trong dữ liệu: Võ Văn Bảy (sinh ngày 01/01/1950)",
                "Dòng 3, cột «Số thẻ Đảng»: trùng với đảng viên đã có trong dữ liệu: Võ Văn Bảy (sinh ngày 01/01/1950)",
                "Dòng 4, cột «Họ và tên»: đã có đảng viên Võ Văn Bảy, sinh ngày 01/01/1950 trong dữ liệu"),
                errorTexts(roster.preview(file)));
    }

    @Test
    void importPreviewed_oneBadRowAmongGoodOnes_writesNothing() {
        Path file = new RosterWorkbook().sheet("Sheet1").row(1, (Object[]) HEADER)
                .row(2, 1, "Võ Văn Bảy", "Nam", "01/01/1950", "01/01/1980")
                .row(3, 2, "Võ Văn Tám", "Nam", "02/01/1950", "01/01/1980")
                .row(4, 3, "Võ Văn Chín", "Nam", "03/01/1950", "01/01/2099")
                .write(dir.resolve("one-bad.xlsx"));
        RosterPreview preview = roster.preview(file);
        AppException refused = assertThrows(AppException.class, () -> roster.importPreviewed(preview));
        assertEquals("roster.error.hasErrors", refused.key());
        assertEquals(0, services.members().count());
    }

    @Test
    void importPreviewed_cleanFile_writesEveryMemberWithHistory() {
        Path file = RosterImportTest.mau7().write(dir.resolve("mau7.xlsx"));
        assertEquals(5, roster.importPreviewed(roster.preview(file)));
        assertEquals(5, services.members().count());
        assertTrue(services.members().all().stream().allMatch(h -> !h.events().isEmpty()));
    }

    @Test
    void preview_transferWithoutPlaceAndUnknownExitForm_areErrors() {
        Path file = new RosterWorkbook().sheet("Sheet1")
                .row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày chuyển đến",
                        "Ngày ra khỏi Đảng", "Hình thức")
                .row(2, "Võ Văn Bảy", "Nam", "01/01/1950", "01/01/1980", "01/01/2000")
                .row(3, "Võ Văn Tám", "Nam", "01/01/1950", "01/01/1980", "", "01/01/2010", "Kỷ luật")
                .write(dir.resolve("events.xlsx"));
        assertEquals(List.of(
                "Dòng 2, cột «Ngày chuyển đến»: cần ghi đảng bộ nơi đi hoặc nơi đến",
                "Dòng 3, cột «Hình thức»: hình thức «Kỷ luật» không rõ; ghi «Xóa tên», «Khai trừ» hoặc «Xin ra khỏi Đảng»"),
                errorTexts(roster.preview(file)));
    }

    @Test
    void preview_impossibleHistory_namesTheEvent() {
        Path file = new RosterWorkbook().sheet("Sheet1")
                .row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Ngày từ trần", "Ngày ra khỏi Đảng",
                        "Hình thức")
                .row(2, "Võ Văn Bảy", "Nam", "01/01/1950", "01/01/1980", "01/01/2000", "01/01/2010", "Xóa tên")
                .write(dir.resolve("history.xlsx"));
        assertEquals(List.of("Dòng 2, cột «Ngày ra khỏi Đảng»: Xóa tên: không thể ghi sự kiện sau ngày từ trần "
                + "(01/01/2010)"), errorTexts(roster.preview(file)));
    }

    @Test
    void preview_eventsSheetWithUnknownEvent_pointsAtThatSheet() {
        Path file = new RosterWorkbook().sheet("Dữ liệu")
                .row(1, "STT", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng")
                .row(2, 1, "Võ Văn Bảy", "Nam", LocalDate.of(1950, 1, 1), LocalDate.of(1980, 1, 1))
                .sheet("Quá trình sinh hoạt").row(1, RosterEventsSheet.HEADERS.toArray())
                .row(2, 1, "Võ Văn Bảy", "", "Kết nạp vào Đảng", LocalDate.of(1980, 1, 1))
                .row(3, 1, "Võ Văn Bảy", "", "Lên chức", LocalDate.of(1990, 1, 1))
                .row(4, 9, "Người khác", "", "Từ trần", LocalDate.of(1990, 1, 1))
                .write(dir.resolve("own.xlsx"));
        assertEquals(List.of(
                "Trang «Quá trình sinh hoạt», dòng 3, cột «Sự kiện»: sự kiện «Lên chức» không rõ",
                "Trang «Quá trình sinh hoạt», dòng 4, cột «STT»: không có đảng viên STT 9 ở trang «Dữ liệu»"),
                errorTexts(roster.preview(file)));
    }

    private static List<String> errorTexts(RosterPreview preview) {
        Messages vi = Messages.forLanguage("vi");
        return preview.problems().stream().filter(RosterProblem::isError).map(p -> p.text(vi)).toList();
    }
}
