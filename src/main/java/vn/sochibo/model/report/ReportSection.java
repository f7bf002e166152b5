package vn.sochibo.model.report;

/**
 * The free-text sections of the monthly report the secretary writes (rules.md §4.7): ideological situation, main
 * content (added to or replacing what the meetings recorded), proposals, and next month's direction.
 */
public enum ReportSection {
    /** Tình hình tư tưởng, dư luận. */
    IDEOLOGY,
    /** Nội dung chính (bổ sung hoặc thay phần lấy từ các kỳ sinh hoạt). */
    CONTENT,
    /** Kiến nghị, đề xuất. */
    PROPOSALS,
    /** Phương hướng tháng tới. */
    DIRECTION
}
