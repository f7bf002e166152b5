package vn.sochibo.service.sample;

import java.util.List;
import vn.sochibo.model.meeting.AgendaKind;

/** What a residential branch's minutes usually say, item by item, to fill the sample meetings with. */
final class SampleMeetingTexts {
    static final List<String> OPENING = List.of(
            "Đồng chí Bí thư tuyên bố lý do, giới thiệu đại biểu; chi bộ đủ điều kiện tiến hành sinh hoạt.",
            "Đồng chí chủ trì tuyên bố lý do; số đảng viên có mặt bảo đảm theo quy định.");
    static final List<String> CURRENT_AFFAIRS = List.of(
            "Thông tin thời sự trong nước và quốc tế tháng qua; triển khai Kế hoạch của Đảng ủy phường về công tác "
                    + "bảo đảm an ninh trật tự dịp cuối năm.",
            "Phổ biến Hướng dẫn của Đảng ủy phường về thu, nộp đảng phí theo Quy định 01-QĐ/TW.",
            "Triển khai Thông báo của Đảng ủy phường về việc học tập, quán triệt nghị quyết mới; tình hình kinh tế - "
                    + "xã hội của phường trong tháng.",
            "Thông tin về phòng, chống thiên tai, dịch bệnh; vận động nhân dân giữ gìn vệ sinh môi trường khu phố.");
    static final List<String> HCM_STUDY = List.of(
            "Đồng chí Phó Bí thư trình bày câu chuyện \"Bác Hồ với tinh thần tiết kiệm\"; liên hệ việc giữ gìn nếp "
                    + "sống văn minh trong khu phố.",
            "Học tập tấm gương đạo đức Hồ Chí Minh về tinh thần gần dân, trọng dân; mỗi đảng viên nêu gương trong gia "
                    + "đình và tổ dân phố.",
            "Trao đổi chuyên đề \"Học Bác về lối sống giản dị\"; đảng viên đăng ký việc làm cụ thể.");
    static final List<String> REVIEW = List.of(
            "Chi bộ hoàn thành các nhiệm vụ tháng trước: tổ chức tổng vệ sinh khu phố, thăm hỏi gia đình chính sách, "
                    + "thu đảng phí đầy đủ. Hạn chế: một số đảng viên tham gia sinh hoạt chưa đều.",
            "Ưu điểm: đảng viên gương mẫu tham gia các phong trào của phường. Hạn chế: việc vận động hộ gia đình "
                    + "phân loại rác còn chậm; nguyên nhân chủ yếu do tuyên truyền chưa thường xuyên.",
            "Các nhiệm vụ đề ra cơ bản hoàn thành; công tác hòa giải ở cơ sở được duy trì, không có vụ việc phức tạp.");
    static final List<String> NEXT_TASKS = List.of(
            "Tiếp tục tuyên truyền, vận động nhân dân thực hiện nếp sống văn minh đô thị; chuẩn bị tổ chức Ngày hội "
                    + "Đại đoàn kết toàn dân tộc ở khu dân cư.",
            "Phối hợp Ban điều hành khu phố rà soát hộ nghèo, cận nghèo; thăm hỏi đảng viên cao tuổi, ốm đau.",
            "Thu, nộp đảng phí đúng hạn; chuẩn bị nội dung sinh hoạt chuyên đề quý tới.");
    static final List<String> OPINIONS = List.of(
            "Nhất trí với báo cáo; đề nghị chi bộ quan tâm hơn đến việc thăm hỏi đảng viên cao tuổi.",
            "Đề nghị Ban điều hành khu phố sớm sửa lại hệ thống đèn chiếu sáng ở ngõ 12.",
            "Tình hình an ninh trật tự ổn định; cần nhắc các hộ kinh doanh giữ vệ sinh vỉa hè.",
            "Đề nghị tăng cường tuyên truyền phòng chống lừa đảo qua điện thoại cho người cao tuổi.",
            "Nhất trí với phương hướng tháng tới; tôi xin nhận vận động các hộ ở tổ 2.",
            "Việc thu đảng phí tháng này đã xong; đề nghị đảng viên nộp đúng kỳ.",
            "Đề nghị chi bộ phối hợp với Chi hội Cựu chiến binh tổ chức gặp mặt nhân ngày truyền thống.");
    static final List<String> CONCLUSION = List.of(
            "Đồng chí chủ trì kết luận: chi bộ thống nhất đánh giá kết quả tháng qua và các nhiệm vụ tháng tới; "
                    + "giao các đồng chí chi ủy viên theo dõi, đôn đốc thực hiện.",
            "Chủ trì kết luận: tiếp thu các ý kiến thảo luận; chi bộ thống nhất nội dung dự thảo nghị quyết tháng.");
    static final List<String> TASKS = List.of(
            "Vận động các hộ gia đình tham gia tổng vệ sinh khu phố",
            "Thăm hỏi gia đình chính sách, đảng viên cao tuổi ốm đau",
            "Rà soát danh sách hộ nghèo, cận nghèo báo cáo Ban điều hành",
            "Thu, nộp đảng phí quý về Đảng ủy phường",
            "Chuẩn bị nội dung sinh hoạt chuyên đề",
            "Tuyên truyền phòng chống lừa đảo qua mạng cho người cao tuổi");
    static final List<String> REASONS = List.of("Ốm, đang điều trị tại nhà", "Đi thăm con ở Hà Nội",
            "Bận việc gia đình", "Nằm viện", "Đi công tác xa", "Chăm người nhà ốm");
    static final List<String> TOPICS = List.of("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về "
            + "xây dựng khu dân cư văn minh", "Phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống",
            "Phát huy vai trò của đảng viên hưu trí ở khu dân cư", "Công tác dân vận ở địa bàn dân cư");

    private SampleMeetingTexts() {
    }

    /** The texts an item of this kind is filled from, empty when such items carry no notes in the sample. */
    static List<String> forKind(AgendaKind kind) {
        return switch (kind) {
            case OPENING -> OPENING;
            case CURRENT_AFFAIRS -> CURRENT_AFFAIRS;
            case HCM_STUDY -> HCM_STUDY;
            case REVIEW -> REVIEW;
            case NEXT_TASKS -> NEXT_TASKS;
            case CONCLUSION -> CONCLUSION;
            default -> List.of();
        };
    }
}
