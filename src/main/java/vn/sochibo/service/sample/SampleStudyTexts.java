package vn.sochibo.service.sample;

import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.study.IssuingLevel;

/**
 * Real Party documents the sample branch studies, with the date each was issued, so a session never studies a
 * document before it exists; wording as the documents are titled.
 */
final class SampleStudyTexts {
    /** A document to study: symbol, title, issuing level, date issued, and whether a reflection is usually asked. */
    record Doc(String symbol, String title, IssuingLevel level, LocalDate issued, boolean reflection) {
    }

    static final List<Doc> DOCUMENTS = List.of(
            tw("06-CT/TW", "Về tổ chức Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”",
                    "2006-11-07", true),
            tw("NQ Đại hội XI", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI của Đảng", "2011-01-19", true),
            tw("03-CT/TW", "Về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
                    "2011-05-14", false),
            tw("12-NQ/TW", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay", "2012-01-16", true),
            tw("NQ Đại hội XII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng", "2016-01-28", true),
            tw("05-CT/TW", "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                    "2016-05-15", true),
            tw("04-NQ/TW", "Về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng "
                    + "chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ",
                    "2016-10-30", true),
            tw("35-NQ/TW", "Về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai "
                    + "trái, thù địch trong tình hình mới", "2018-10-22", false),
            new Doc("NQ ĐH ĐB phường 2020", "Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020–2025",
                    IssuingLevel.DANG_UY_PHUONG, LocalDate.parse("2020-07-10"), false),
            new Doc("NQ ĐH ĐB TP 2020", "Nghị quyết Đại hội đại biểu Đảng bộ Thành phố nhiệm kỳ "
                    + "2020–2025", IssuingLevel.TINH_UY, LocalDate.parse("2020-10-20"), false),
            tw("NQ Đại hội XIII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "2021-02-01", true),
            tw("21-KL/TW", "Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy "
                    + "lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu "
                    + "hiện “tự diễn biến”, “tự chuyển hóa”", "2021-10-25", true),
            tw("18-NQ/TW", "Về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý "
                    + "và sử dụng đất, tạo động lực đưa nước ta trở thành nước phát triển có thu nhập cao",
                    "2022-06-16", false),
            tw("19-NQ/TW", "Về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045", "2022-06-16",
                    false),
            tw("21-NQ/TW", "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng "
                    + "viên trong giai đoạn mới", "2022-06-16", true),
            tw("27-NQ/TW", "Về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong "
                    + "giai đoạn mới", "2022-11-09", false),
            tw("29-NQ/TW", "Về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn "
                    + "đến năm 2045", "2022-11-17", false),
            tw("41-NQ/TW", "Về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới",
                    "2023-10-10", false),
            tw("43-NQ/TW", "Về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước "
                    + "ta ngày càng phồn vinh, hạnh phúc", "2023-11-24", true),
            tw("57-NQ/TW", "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
                    "2024-12-22", true),
            tw("59-NQ/TW", "Về hội nhập quốc tế trong tình hình mới", "2025-01-24", false),
            tw("66-NQ/TW", "Về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước "
                    + "trong kỷ nguyên mới", "2025-04-30", false),
            tw("68-NQ/TW", "Về phát triển kinh tế tư nhân", "2025-05-04", true),
            new Doc("NQ ĐH ĐB phường 2025", "Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025–2030",
                    IssuingLevel.DANG_UY_PHUONG, LocalDate.parse("2025-08-20"), false),
            tw("70-NQ/TW", "Về bảo đảm an ninh năng lượng quốc gia đến năm 2030, tầm nhìn đến năm 2045",
                    "2025-08-20", false),
            tw("71-NQ/TW", "Về đột phá phát triển giáo dục và đào tạo", "2025-08-22", false),
            tw("72-NQ/TW", "Về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân",
                    "2025-09-09", false),
            new Doc("NQ ĐH ĐB TP 2025", "Nghị quyết Đại hội đại biểu Đảng bộ Thành phố nhiệm kỳ "
                    + "2025–2030", IssuingLevel.TINH_UY, LocalDate.parse("2025-10-20"), true));

    /** Who presents a session the ward organises. */
    static final List<String> WARD_PRESENTERS = List.of("Đồng chí Bí thư Đảng ủy phường",
            "Đồng chí Phó Bí thư Thường trực Đảng ủy phường", "Báo cáo viên của Thành ủy",
            "Đồng chí Trưởng Ban Tuyên giáo và Dân vận Đảng ủy phường");

    /** Where the ward holds its study conferences. */
    static final List<String> WARD_PLACES = List.of("Hội trường Đảng ủy phường", "Hội trường Trung tâm Chính trị",
            "Điểm cầu trực tuyến tại trụ sở Đảng ủy phường");

    /** Why a member missed a study session. */
    static final List<String> REASONS = List.of("Ốm, đang điều trị tại nhà", "Đi công tác xa", "Chăm người nhà nằm viện",
            "Về quê có việc gia đình", "Trùng lịch trực cơ quan");

    private SampleStudyTexts() {
    }

    private static Doc tw(String symbol, String title, String issued, boolean reflection) {
        return new Doc(symbol, title, IssuingLevel.TRUNG_UONG, LocalDate.parse(issued), reflection);
    }
}
