package vn.sochibo.ui.print;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Align;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.DocumentHeader;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.PageMargins;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.SignatureArea;
import vn.sochibo.export.doc.TableBlock;
import vn.sochibo.export.doc.Title;

/** Realistic Party documents for print tests: a monthly minutes of about three pages, and a long sign-in sheet. */
final class SampleDocuments {
    static final DocumentHeader HEADER = new DocumentHeader("Đảng bộ phường Hoà Bình", "Chi bộ Khu phố 3",
            "Số 11-BB/CB", "Hoà Bình, ngày 05 tháng 11 năm 2026");
    static final SignatureArea MINUTES_SIGNATURES = new SignatureArea(List.of(Run.bold("THƯ KÝ"),
            Run.italic("(ký, ghi rõ họ tên)"), Run.plain(""), Run.plain(""), Run.plain(""), Run.bold("Lê Thị Hoa")),
            false, List.of(Run.bold("CHỦ TRÌ"), Run.italic("(ký, ghi rõ họ tên)"), Run.plain(""), Run.plain(""),
            Run.plain(""), Run.bold("Nguyễn Văn Bình")));
    private static final String[] SPEAKERS = {"Trần Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đức", "Vũ Thị Giang",
            "Đặng Văn Hải", "Bùi Thị Lan"};

    private SampleDocuments() {
    }

    /** A monthly minutes with header, title, the attendance block, content, discussion, a table and signatures. */
    static PartyDocument monthlyMinutes() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title("BIÊN BẢN", List.of("sinh hoạt chi bộ định kỳ tháng 11 năm 2026")));
        blocks.add(Paragraph.line(1, Run.plain("- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 05/11/2026")));
        blocks.add(Paragraph.line(1, Run.plain("- Địa điểm: Nhà văn hoá Khu phố 3, phường Hoà Bình")));
        blocks.add(Paragraph.line(1, Run.plain("- Đại biểu dự: đồng chí Lê Văn Tâm, đảng ủy viên phụ trách chi bộ")));
        blocks.add(Paragraph.line(1, Run.plain("- Chủ trì: đồng chí Nguyễn Văn Bình – Bí thư chi bộ; "
                + "thư ký: đồng chí Lê Thị Hoa")));
        blocks.add(Paragraph.line(1, Run.plain("- Tình hình đảng viên:")));
        blocks.add(Paragraph.line(2, Run.plain("+ Tổng số đảng viên của chi bộ: 32 (chính thức 30, dự bị 2); "
                + "đảng viên sinh hoạt tạm thời đến: 1")));
        blocks.add(Paragraph.line(2, Run.plain("+ Có mặt: 27 (chính thức 25, dự bị 1, sinh hoạt tạm thời 1)")));
        blocks.add(Paragraph.line(2, Run.plain("+ Vắng mặt: 4; có lý do: Phạm Văn Khoa – đi công tác; "
                + "Ngô Thị Mai – ốm; Đỗ Văn Nam – việc gia đình; không có lý do: Lý Văn Phúc")));
        blocks.add(new Heading("I. NỘI DUNG SINH HOẠT"));
        for (int i = 1; i <= 6; i++) {
            blocks.add(Paragraph.line(1, Run.bold(i + ". Nội dung thứ " + i + ": "), Run.plain(content(i))));
            blocks.add(Paragraph.text(running(i)));
        }
        blocks.add(new Heading("II. Ý KIẾN THẢO LUẬN"));
        for (int i = 0; i < SPEAKERS.length; i++) {
            blocks.add(Paragraph.line(1, Run.plain("- Đồng chí " + SPEAKERS[i] + ": " + running(i + 10))));
        }
        blocks.add(new Heading("III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"));
        blocks.add(Paragraph.text(running(20) + " " + running(21)));
        blocks.add(new Heading("IV. NHIỆM VỤ THÁNG 12"));
        blocks.add(table(6));
        blocks.add(new Heading("V. BIỂU QUYẾT"));
        blocks.add(Paragraph.line(1, Run.plain("Tán thành 25/29 đ/c (86,2%); không tán thành 0; ý kiến khác 0. "),
                Run.bold("Kết quả: thông qua.")));
        blocks.add(new Paragraph(List.of(Run.italic("Buổi sinh hoạt kết thúc lúc 21 giờ 30 cùng ngày. Biên bản "
                + "đã được đọc lại và thông qua trước chi bộ.")), Align.JUSTIFY, 0, true));
        return new PartyDocument(PageMargins.DEFAULT, HEADER, blocks, MINUTES_SIGNATURES);
    }

    /** A sign-in sheet whose table runs over several pages. */
    static PartyDocument longTable(int rows) {
        List<Block> blocks = List.of(new Title("DANH SÁCH", List.of("đảng viên dự sinh hoạt chi bộ tháng 11 năm 2026")),
                table(rows));
        return new PartyDocument(PageMargins.DEFAULT, HEADER, blocks, null);
    }

    /** A document of the given number of running paragraphs and nothing else. */
    static PartyDocument paragraphs(int count, PageMargins margins) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(Paragraph.text(running(i)));
        }
        return new PartyDocument(margins, HEADER, blocks, null);
    }

    static TableBlock table(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(List.of(String.valueOf(i), "Đảng viên số " + i + " Nguyễn Thị Ánh Tuyết",
                    i % 3 == 0 ? "Dự bị" : "Chính thức", ""));
        }
        return new TableBlock(List.of(10, 50, 20, 20), List.of("STT", "Họ và tên", "Loại đảng viên", "Ký tên"),
                body, 13);
    }

    private static String content(int i) {
        return "chi bộ nghe thông tin thời sự, quán triệt văn bản số " + (100 + i) + "-CV/ĐU của Đảng ủy phường "
                + "về công tác bảo đảm trật tự, vệ sinh môi trường trên địa bàn khu phố.";
    }

    /** A long running paragraph that differs by {@code i}. */
    static String running(int i) {
        return "Đoạn " + i + ": Chi bộ đã lãnh đạo thực hiện tốt các nhiệm vụ chính trị ở địa bàn; đảng viên "
                + "gương mẫu tham gia sinh hoạt, đóng đảng phí đầy đủ, đúng quy định; phối hợp với Ban điều hành "
                + "khu phố và các đoàn thể vận động nhân dân giữ gìn vệ sinh môi trường, phòng chống tội phạm, "
                + "tệ nạn xã hội. Tuy nhiên vẫn còn đảng viên vắng sinh hoạt không có lý do, việc nắm bắt tình "
                + "hình tư tưởng, dư luận trong nhân dân có lúc chưa kịp thời (mục " + i + ").";
    }
}
