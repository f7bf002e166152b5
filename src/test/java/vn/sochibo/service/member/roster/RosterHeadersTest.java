package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header texts from real rosters name the right fields, whatever the spelling, case and diacritics. */
class RosterHeadersTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Họ và tên|FULL_NAME", "Họ tên|FULL_NAME", "Ho ten|FULL_NAME", "HỌ VÀ TÊN ĐẢNG VIÊN|FULL_NAME",
        "Ngày sinh|BIRTH_DATE", "Năm sinh|BIRTH_DATE", "Ngày, tháng, năm sinh|BIRTH_DATE",
        "Ngày sinh (dd/mm/yyyy)|BIRTH_DATE", "Số CCCD|PERSONAL_ID", "CCCD|PERSONAL_ID",
        "Số định danh cá nhân|PERSONAL_ID", "CMND/CCCD|PERSONAL_ID", "Số CMND/CCCD|PERSONAL_ID",
        "Ngày vào Đảng|ADMISSION_DATE", "Ngày kết nạp|ADMISSION_DATE", "Ngày chính thức|OFFICIAL_DATE",
        "Ngày vào Đảng chính thức|OFFICIAL_DATE", "Số thẻ|CARD_NUMBER", "Số thẻ đảng viên|CARD_NUMBER",
        "Số thẻ Đảng|CARD_NUMBER", "Số thẻ cũ|OLD_CARD_NUMBER", "Giới tính|GENDER", "Nam/Nữ|GENDER",
        "Nam|MALE_MARK", "Nữ|FEMALE_MARK", "Quê quán|HOMETOWN", "Nơi thường trú|RESIDENCE",
        "Thường trú|RESIDENCE", "Điện thoại|PHONE", "SĐT|PHONE", "Ghi chú|NOTE", "STT|NUMBER", "Số TT|NUMBER",
        "Ngày chuyển đến|TRANSFER_IN_DATE", "Ngày từ trần|DEATH_DATE", "Dân tộc|ETHNICITY", "Tôn giáo|RELIGION"})
    void field_usualSpellings_nameTheirField(String header, RosterField expected) {
        assertEquals(expected, RosterHeaders.field(header));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "HỌ VÀ TÊN Họ và tên khai sinh|FULL_NAME",
        "Nam, nữ, dân tộc, tôn giáo|M7_IDENTITY",
        "Văn hoá, lý luận, CMNV, ngoại ngữ|M7_EDUCATION",
        "Nghề nghiệp trước khi vào Đảng, Nghề nghiệp hiện nay|M7_OCCUPATIONS",
        "Ngày vào Đảng, ngày chính thức|M7_PARTY_DATES",
        "Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng|M7_NUMBERS",
        "Bộ đội, công an, hưu trí|M7_SERVICE",
        "Ngày chuyển đi, đến đảng bộ cơ sở|M7_TRANSFER_OUT",
        "Ngày chuyển đến, ở đảng bộ cơ sở nào đến|M7_TRANSFER_IN",
        "Ngày từ trần Lý do|M7_DEATH",
        "Ngày ra khỏi Đảng, hình thức ra Đảng|M7_EXIT"})
    void field_mau7CombinedHeadings_nameCombinedFields(String header, RosterField expected) {
        assertEquals(expected, RosterHeaders.field(header));
    }

    @Test
    void field_everyHeaderWeWrite_readsBackAsItsField() {
        for (RosterField f : RosterDataSheets.fields()) {
            assertEquals(f, RosterHeaders.field(f.header()), f.header());
        }
        for (String header : RosterRegisterSheet.HEADERS) {
            assertEquals(header.equals("Quê quán") || header.equals("Ghi chú") || header.equals("Số TT")
                    || header.startsWith("Họ và tên"), !RosterHeaders.field(header).name().startsWith("M7_"), header);
        }
    }

    @Test
    void field_unrelatedText_namesNothing() {
        assertNull(RosterHeaders.field("SỔ DANH SÁCH ĐẢNG VIÊN"));
        assertNull(RosterHeaders.field("Đảng bộ phường Bến Thành"));
    }
}
