package vn.sochibo.service.member.roster;

import java.util.List;

/**
 * The columns a roster file may have, each with the header our "Dữ liệu" sheet writes (null when we never write
 * it) and the spellings recognised on import, folded (no diacritics, lower case, punctuation as spaces). A spelling
 * with "+" matches a header containing every part: that is how the combined cells of Mẫu 7-HSĐV are recognised.
 */
enum RosterField {
    NUMBER("STT", "stt", "so tt", "tt", "so thu tu"),
    FULL_NAME("Họ và tên", "ho va ten", "ho ten", "ho va ten dang dung", "ho va ten dang vien", "ten dang vien"),
    OTHER_NAME("Tên gọi khác", "ten goi khac", "bi danh", "ho va ten khai sinh", "ten khai sinh"),
    GENDER("Giới tính", "gioi tinh", "nam nu", "phai"),
    MALE_MARK(null, "nam", "gioi tinh nam"),
    FEMALE_MARK(null, "nu", "gioi tinh nu"),
    BIRTH_DATE("Ngày sinh", "ngay sinh", "nam sinh", "ngay thang nam sinh", "sinh ngay"),
    MALE_BIRTH_DATE(null, "ngay sinh nam", "nam sinh nam", "ngay thang nam sinh nam"),
    FEMALE_BIRTH_DATE(null, "ngay sinh nu", "nam sinh nu", "ngay thang nam sinh nu"),
    ETHNICITY("Dân tộc", "dan toc"),
    RELIGION("Tôn giáo", "ton giao"),
    HOMETOWN(null, "que quan", "que", "nguyen quan"),
    HOMETOWN_DETAIL("Quê quán - chi tiết", "que quan chi tiet"),
    HOMETOWN_COMMUNE("Quê quán - xã/phường", "que quan xa phuong", "que quan xa"),
    HOMETOWN_PROVINCE("Quê quán - tỉnh/thành phố", "que quan tinh thanh pho", "que quan tinh"),
    PERSONAL_ID("Số định danh cá nhân (CCCD)", "so dinh danh ca nhan", "so dinh danh", "ma dinh danh", "so cccd",
            "cccd", "cmnd cccd", "so cmnd cccd", "cccd cmnd", "can cuoc cong dan", "so can cuoc cong dan",
            "so can cuoc"),
    ADMISSION_DATE("Ngày vào Đảng", "ngay vao dang", "ngay ket nap", "ngay ket nap dang", "ngay ket nap vao dang",
            "ngay vao dang du bi"),
    OFFICIAL_DATE("Ngày chính thức", "ngay chinh thuc", "ngay vao dang chinh thuc", "ngay cong nhan chinh thuc",
            "ngay dang vien chinh thuc", "ngay chuyen chinh thuc"),
    CARD_NUMBER("Số thẻ đảng viên", "so the", "so the dang vien", "so the dang", "so the dv"),
    OLD_CARD_NUMBER("Số thẻ cũ", "so the cu", "so the dang vien cu", "so the dang cu"),
    DOSSIER_NUMBER("Số lý lịch", "so ly lich", "so ly lich dang vien", "so lldv"),
    BADGE_NUMBER("Số Huy hiệu Đảng", "so huy hieu dang", "so huy hieu", "huy hieu dang"),
    GENERAL_EDUCATION("Giáo dục phổ thông", "giao duc pho thong", "trinh do giao duc pho thong", "van hoa",
            "trinh do van hoa", "hoc van", "trinh do hoc van"),
    PROFESSIONAL_LEVEL("Chuyên môn nghiệp vụ", "chuyen mon nghiep vu", "chuyen mon", "trinh do chuyen mon",
            "trinh do chuyen mon nghiep vu", "cmnv"),
    POLITICAL_THEORY("Lý luận chính trị", "ly luan chinh tri", "trinh do ly luan chinh tri", "ly luan", "llct"),
    FOREIGN_LANGUAGE("Ngoại ngữ", "ngoai ngu", "trinh do ngoai ngu"),
    OCCUPATION("Nghề nghiệp hiện nay", "nghe nghiep hien nay", "nghe nghiep", "nghe nghiep hien tai",
            "cong viec hien nay"),
    OCCUPATION_BEFORE("Nghề nghiệp trước khi vào Đảng", "nghe nghiep truoc khi vao dang"),
    RETIRED("Hưu trí", "huu tri", "can bo huu tri"),
    ARMY("Bộ đội", "bo doi", "quan doi"),
    POLICE("Công an", "cong an"),
    RESIDENCE(null, "noi thuong tru", "thuong tru", "dia chi thuong tru", "ho khau thuong tru",
            "noi dang ky thuong tru"),
    RESIDENCE_DETAIL("Thường trú - chi tiết", "thuong tru chi tiet"),
    RESIDENCE_COMMUNE("Thường trú - xã/phường", "thuong tru xa phuong", "thuong tru xa"),
    RESIDENCE_PROVINCE("Thường trú - tỉnh/thành phố", "thuong tru tinh thanh pho", "thuong tru tinh"),
    LOCAL_ADDRESS("Địa chỉ trong khu phố", "dia chi trong khu pho", "dia chi", "noi o hien nay", "cho o hien nay",
            "noi o", "dia chi noi o"),
    PHONE("Điện thoại", "dien thoai", "so dien thoai", "sdt", "dt", "di dong", "dien thoai lien he"),
    NOTE("Ghi chú", "ghi chu"),
    TRANSFER_IN_DATE(null, "ngay chuyen den"),
    TRANSFER_IN_FROM(null, "chuyen den tu", "noi chuyen den tu", "tu dau den", "den tu"),
    TRANSFER_OUT_DATE(null, "ngay chuyen di"),
    TRANSFER_OUT_TO(null, "chuyen di den", "noi chuyen di den"),
    DEATH_DATE(null, "ngay tu tran", "tu tran", "ngay mat", "ngay qua doi"),
    DEATH_REASON(null, "ly do tu tran"),
    EXIT_DATE(null, "ngay ra khoi dang", "ngay ra dang"),
    EXIT_FORM(null, "hinh thuc ra khoi dang", "hinh thuc ra dang", "hinh thuc"),
    /** Mẫu 7 column 3: "Nam, nữ, dân tộc, tôn giáo", one value per line. */
    M7_IDENTITY(null, "dan toc+ton giao"),
    /** Mẫu 7 column 5: "Văn hóa, lý luận, CMNV, ngoại ngữ". */
    M7_EDUCATION(null, "van hoa+ly luan", "van hoa+ngoai ngu"),
    /** Mẫu 7 column 6: "Nghề nghiệp trước khi vào Đảng, nghề nghiệp hiện nay". */
    M7_OCCUPATIONS(null, "truoc khi vao dang+hien nay"),
    /** Mẫu 7 column 7: "Ngày vào Đảng, ngày chính thức", two dates on two lines. */
    M7_PARTY_DATES(null, "ngay vao dang+ngay chinh thuc", "ngay vao dang+chinh thuc ngay"),
    /** Mẫu 7 column 8: "Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng". */
    M7_NUMBERS(null, "so the+so ly lich", "so the+huy hieu"),
    /** Mẫu 7 column 9: "Bộ đội, công an, hưu trí". */
    M7_SERVICE(null, "bo doi+cong an", "bo doi+huu tri", "cong an+huu tri"),
    /** Mẫu 7 column 10: "Ngày chuyển đi, đến đảng bộ cơ sở nào". */
    M7_TRANSFER_OUT(null, "ngay chuyen di+dang bo", "chuyen di+den dang bo"),
    /** Mẫu 7 column 11: "Ngày chuyển đến, ở đảng bộ cơ sở nào đến". */
    M7_TRANSFER_IN(null, "ngay chuyen den+dang bo", "ngay chuyen den+tu dau"),
    /** Mẫu 7 column 12: "Ngày từ trần, lý do". */
    M7_DEATH(null, "tu tran+ly do"),
    /** Mẫu 7 column 13: "Ngày ra khỏi Đảng, hình thức ra Đảng". */
    M7_EXIT(null, "ra khoi dang+hinh thuc");

    private final String header;
    private final List<String> spellings;

    RosterField(String header, String... spellings) {
        this.header = header;
        this.spellings = List.of(spellings);
    }

    /** The header written on the "Dữ liệu" sheet, or null for fields only read. */
    String header() {
        return header;
    }

    /**
     * How well a folded header names this field: 0 for not at all; an exact spelling beats a combination of
     * parts, which beats a header that merely starts with a spelling; longer spellings beat shorter ones.
     */
    int score(String folded) {
        int best = 0;
        String padded = " " + folded + " ";
        for (String s : spellings) {
            if (s.contains("+")) {
                boolean all = true;
                int length = 0;
                for (String part : s.split("\\+")) {
                    all &= padded.contains(" " + part + " ");
                    length += part.length();
                }
                best = all ? Math.max(best, 500 + length) : best;
            } else if (folded.equals(s)) {
                best = Math.max(best, 1000 + s.length());
            } else if (folded.startsWith(s + " ")) {
                best = Math.max(best, s.length());
            }
        }
        return best;
    }
}
