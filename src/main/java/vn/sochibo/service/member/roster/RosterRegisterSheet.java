package vn.sochibo.service.member.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.export.TitleCell;
import vn.sochibo.export.TitleLine;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.text.Texts;
import vn.sochibo.service.Messages;

/**
 * The printed register, Mẫu 7-HSĐV (HD 12-HD/BTCTW): the Party document header naming the branch, the title
 * "SỔ DANH SÁCH ĐẢNG VIÊN", then the 14 numbered columns with several values per cell on separate lines.
 */
final class RosterRegisterSheet {
    static final String NAME = "Sổ danh sách";
    static final List<String> HEADERS = List.of("Số TT", "Họ và tên\n(tên gọi khác)\nNgày sinh",
            "Nam, nữ\nDân tộc\nTôn giáo", "Quê quán", "Văn hóa\nLý luận\nChuyên môn nghiệp vụ\nNgoại ngữ",
            "Nghề nghiệp trước khi vào Đảng\nNghề nghiệp hiện nay", "Ngày vào Đảng\nNgày chính thức",
            "Số thẻ đảng viên\nSố lý lịch\nSố Huy hiệu Đảng", "Bộ đội, công an, hưu trí",
            "Ngày chuyển đi, đến đảng bộ cơ sở nào", "Ngày chuyển đến, từ đảng bộ cơ sở nào", "Ngày từ trần\nLý do",
            "Ngày ra khỏi Đảng, hình thức ra Đảng", "Ghi chú");
    private static final int[] WIDTHS = {5, 22, 9, 16, 13, 15, 11, 14, 9, 15, 15, 11, 13, 14};
    private static final int BODY_POINTS = 11;
    private static final int TITLE_POINTS = 13;
    private static final Locale VI = Messages.VIETNAMESE;

    private RosterRegisterSheet() {
    }

    static SheetModel build(List<MemberHistory> ordered, Optional<BranchProfile> branch, LocalDate today) {
        List<SheetColumn> columns = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < WIDTHS.length; i++) {
            columns.add(i == 1 || i == 3 || i == 5 || i >= 9 ? SheetColumn.left(WIDTHS[i]) : SheetColumn.centre(WIDTHS[i]));
            numbers.add(String.valueOf(i + 1));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MemberHistory h : ordered) {
            if (everOnList(h)) {
                rows.add(row(rows.size() + 1, h));
            }
        }
        return new SheetModel(NAME, title(branch, today), columns, List.of(HEADERS, numbers), rows, BODY_POINTS, true);
    }

    /** Members admitted or transferred in, not those only attending temporarily from elsewhere. */
    static boolean everOnList(MemberHistory h) {
        return h.events().isEmpty() || h.events().stream()
                .anyMatch(e -> e.type() == EventType.ADMITTED || e.type() == EventType.TRANSFERRED_IN);
    }

    private static List<TitleLine> title(Optional<BranchProfile> branch, LocalDate today) {
        List<TitleLine> lines = new ArrayList<>();
        branch.ifPresent(p -> {
            lines.add(TitleLine.split(TitleCell.plain(p.superiorName().toUpperCase(VI), TITLE_POINTS),
                    TitleCell.bold("ĐẢNG CỘNG SẢN VIỆT NAM", TITLE_POINTS + 1)));
            lines.add(TitleLine.split(TitleCell.bold(branchLine(p.branchName()), TITLE_POINTS),
                    TitleCell.italic(dateLine(p.placeName(), today), TITLE_POINTS)));
            lines.add(TitleLine.split(TitleCell.plain("*", TITLE_POINTS), TitleCell.plain("", TITLE_POINTS)));
            lines.add(TitleLine.blank(TITLE_POINTS));
        });
        lines.add(TitleLine.centred(TitleCell.bold("SỔ DANH SÁCH ĐẢNG VIÊN", TITLE_POINTS + 3)));
        lines.add(TitleLine.blank(TITLE_POINTS));
        return lines;
    }

    /** "CHI BỘ KHU PHỐ 3", adding "Chi bộ" when the profile holds only the neighbourhood's name. */
    static String branchLine(String branchName) {
        String name = Texts.fold(branchName).startsWith("chi bo") ? branchName : "Chi bộ " + branchName;
        return name.toUpperCase(VI);
    }

    /** "Phường Bến Thành, ngày 05 tháng 02 năm 2026": day below 10 and months 1–2 with a leading zero. */
    static String dateLine(String place, LocalDate day) {
        String month = day.getMonthValue() <= 2 ? String.format("%02d", day.getMonthValue())
                : String.valueOf(day.getMonthValue());
        String line = String.format("ngày %02d tháng %s năm %d", day.getDayOfMonth(), month, day.getYear());
        return place.isEmpty() ? line : place + ", " + line;
    }

    private static List<Object> row(int number, MemberHistory h) {
        Member m = h.member();
        Messages vi = new Messages(VI);
        List<Object> row = new ArrayList<>();
        row.add(number);
        String otherName = m.identity().otherName().isEmpty() ? null : "(" + m.identity().otherName() + ")";
        row.add(String.join("\n", java.util.stream.Stream.of(m.fullName(), otherName,
                Messages.date(m.identity().birthDate())).filter(s -> s != null && !s.isEmpty()).toList()));
        row.add(lines(m.identity().gender() == null ? "" : vi.tr("member.gender." + m.identity().gender().name()),
                m.identity().ethnicity(), m.identity().religion()));
        row.add(m.identity().hometown().oneLine());
        row.add(lines(m.background().generalEducation(), m.background().politicalTheory(),
                m.background().professionalLevel(), m.background().foreignLanguage()));
        row.add(lines(m.background().occupationBeforeJoining(), m.background().occupation()));
        row.add(lines(Messages.date(m.party().admissionDate()), Messages.date(m.party().officialDate())));
        String card = m.party().cardNumber().isEmpty() ? m.party().oldCardNumber() : m.party().cardNumber();
        row.add(lines(card, m.party().dossierNumber(), m.party().badgeNumber()));
        row.add(service(m));
        row.add(dated(h.last(EventType.TRANSFERRED_OUT), MemberEvent::place));
        row.add(dated(h.first(EventType.TRANSFERRED_IN), MemberEvent::place));
        row.add(dated(h.last(EventType.DECEASED), MemberEvent::reason));
        row.add(dated(h.events().stream().filter(e -> e.type().leavesParty()).reduce((a, b) -> b),
                e -> e.reason().isEmpty() ? RosterEventsSheet.label(e.type()) : e.reason()));
        row.add(m.note());
        return row;
    }

    private static String service(Member m) {
        List<String> marks = new ArrayList<>();
        if (m.background().army()) {
            marks.add("Bộ đội");
        }
        if (m.background().police()) {
            marks.add("Công an");
        }
        if (m.background().retired()) {
            marks.add("Hưu trí");
        }
        return String.join(", ", marks);
    }

    private static String dated(Optional<MemberEvent> event, java.util.function.Function<MemberEvent, String> words) {
        return event.map(e -> lines(Messages.date(e.date()), words.apply(e))).orElse("");
    }

    /** Values on separate lines, keeping inner empty lines so each value stays on its line; trailing ones dropped. */
    static String lines(String... values) {
        String joined = String.join("\n", values);
        return joined.replaceAll("\\n+$", "");
    }
}
