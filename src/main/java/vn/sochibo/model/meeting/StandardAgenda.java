package vn.sochibo.model.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The default agenda per meeting type in the standard order of rules.md §3.2 (regular), §4.4 (thematic) and §4.5
 * (committee), with planned minutes; the titles are document data in Vietnamese, copied into templates and minutes.
 * The regular agenda reaches the 90-minute minimum on its own and any regular + thematic sitting reaches 120.
 */
public final class StandardAgenda {
    private StandardAgenda() {
    }

    /** The standard template of a type, numbered from 1. */
    public static List<AgendaTemplateItem> of(MeetingType type) {
        List<AgendaTemplateItem> out = new ArrayList<>();
        Object[][] rows = switch (type) {
            case REGULAR -> REGULAR;
            case THEMATIC -> THEMATIC;
            case EXTRAORDINARY -> EXTRAORDINARY;
            case COMMITTEE -> COMMITTEE;
        };
        for (Object[] row : rows) {
            out.add(new AgendaTemplateItem(type, out.size() + 1, (AgendaKind) row[0], (String) row[1],
                    (Integer) row[2]));
        }
        return out;
    }

    private static final Object[] OPENING = {AgendaKind.OPENING, "Tuyên bố lý do, giới thiệu đại biểu", 5};
    private static final Object[] MINUTE_TAKER = {AgendaKind.MINUTE_TAKER, "Cử thư ký buổi sinh hoạt", 2};
    private static final Object[] ATTENDANCE = {AgendaKind.ATTENDANCE,
        "Báo cáo tình hình đảng viên dự sinh hoạt (có mặt, vắng có lý do, vắng không lý do)", 3};
    private static final Object[] ADOPT = {AgendaKind.ADOPT_AGENDA, "Thông qua nội dung, chương trình sinh hoạt", 2};
    private static final Object[] GRADING = {AgendaKind.GRADING, "Đánh giá chất lượng buổi sinh hoạt", 3};
    private static final Object[] READ_BACK = {AgendaKind.READ_BACK,
        "Thư ký đọc biên bản; chi bộ thông qua biên bản", 5};

    private static final Object[][] REGULAR = {OPENING, MINUTE_TAKER, ATTENDANCE, ADOPT,
        {AgendaKind.CURRENT_AFFAIRS, "Thông tin thời sự; triển khai văn bản cấp trên", 10},
        {AgendaKind.HCM_STUDY, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 10},
        {AgendaKind.REVIEW, "Đánh giá kết quả thực hiện nghị quyết, nhiệm vụ tháng trước", 15},
        {AgendaKind.NEXT_TASKS, "Phương hướng, nhiệm vụ tháng tới", 10},
        {AgendaKind.GUEST_SPEECH, "Ý kiến của đồng chí đại biểu cấp trên (nếu có)", 5},
        {AgendaKind.DISCUSSION, "Thảo luận", 15},
        {AgendaKind.CONCLUSION, "Kết luận của đồng chí chủ trì; phân công nhiệm vụ", 5},
        {AgendaKind.VOTE, "Biểu quyết thông qua nghị quyết", 3},
        {AgendaKind.PERSONNEL, "Công tác đảng viên (kết nạp, chuyển chính thức, miễn sinh hoạt, chuyển sinh hoạt…)", 5},
        GRADING, READ_BACK};

    private static final Object[][] THEMATIC = {OPENING, MINUTE_TAKER, ATTENDANCE, ADOPT,
        {AgendaKind.THEMATIC_TOPIC, "Trình bày chuyên đề", 30},
        {AgendaKind.DISCUSSION, "Thảo luận, liên hệ thực tiễn", 30},
        {AgendaKind.CONCLUSION, "Kết luận của đồng chí chủ trì; việc làm cụ thể", 5},
        GRADING, READ_BACK};

    private static final Object[][] EXTRAORDINARY = {OPENING, MINUTE_TAKER, ATTENDANCE, ADOPT,
        {AgendaKind.OTHER, "Nội dung sinh hoạt bất thường", 30},
        {AgendaKind.DISCUSSION, "Thảo luận", 20},
        {AgendaKind.CONCLUSION, "Kết luận của đồng chí chủ trì", 5},
        {AgendaKind.VOTE, "Biểu quyết", 3},
        READ_BACK};

    private static final Object[][] COMMITTEE = {
        {AgendaKind.OPENING, "Đồng chí bí thư nêu mục đích, nội dung cuộc họp", 5},
        {AgendaKind.ATTENDANCE, "Tình hình chi ủy viên dự họp", 2},
        {AgendaKind.REVIEW, "Đánh giá kết quả thực hiện nhiệm vụ tháng", 15},
        {AgendaKind.NEXT_TASKS, "Chuẩn bị nội dung sinh hoạt chi bộ; dự thảo nghị quyết tháng tới", 20},
        {AgendaKind.PERSONNEL, "Công tác đảng viên cần đưa ra chi bộ", 5},
        {AgendaKind.DISCUSSION, "Thảo luận", 15},
        {AgendaKind.CONCLUSION, "Kết luận của đồng chí bí thư; phân công nhiệm vụ", 5},
        READ_BACK};
}
