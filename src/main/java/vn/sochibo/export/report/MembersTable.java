package vn.sochibo.export.report;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.TableBlock;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.report.MemberMovements;
import vn.sochibo.model.report.Movement;

/** Section I of the report as a table: counts at the month's end, then the month's increases and decreases. */
final class MembersTable {
    private MembersTable() {
    }

    /** The table: item, number, names (for the movements). */
    static TableBlock of(StatusCounts c, MemberMovements m) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Tổng số đảng viên cuối tháng", c.total(), ""));
        rows.add(row("- Đảng viên chính thức", c.official(), ""));
        rows.add(row("- Đảng viên dự bị", c.probationary(), ""));
        rows.add(row("- Được miễn công tác và sinh hoạt đảng", c.exempted(), ""));
        rows.add(row("- Sinh hoạt tạm thời nơi khác", c.temporarilyOut(), ""));
        rows.add(row("Đảng viên nơi khác đến sinh hoạt tạm thời", c.attached(), ""));
        rows.add(movement("Tăng: kết nạp mới", m, Movement.ADMITTED));
        rows.add(movement("Tăng: chuyển sinh hoạt đến", m, Movement.TRANSFERRED_IN));
        rows.add(movement("Giảm: chuyển sinh hoạt đi", m, Movement.TRANSFERRED_OUT));
        rows.add(movement("Giảm: từ trần", m, Movement.DECEASED));
        rows.add(movement("Giảm: xóa tên, khai trừ, ra khỏi Đảng", m, Movement.REMOVED));
        rows.add(movement("Công nhận đảng viên chính thức", m, Movement.RECOGNISED));
        rows.add(movement("Được miễn công tác và sinh hoạt đảng trong tháng", m, Movement.EXEMPTED));
        return new TableBlock(List.of(50, 14, 36), List.of("Nội dung", "Số lượng", "Họ và tên"), rows, 13);
    }

    private static List<String> movement(String label, MemberMovements m, Movement kind) {
        return row(label, m.count(kind), String.join(", ", m.of(kind)));
    }

    private static List<String> row(String label, int n, String names) {
        return List.of(label, Integer.toString(n), names);
    }
}
