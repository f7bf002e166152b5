package vn.sochibo.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.TableBlock;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

class SignInSheetsTest {
    @TempDir
    Path dir;
    private Services services;
    private RollFixtures f;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("s.db"), TestUi.fixedClock());
        f = RollFixtures.write(services);
        services.branch().save(new BranchProfile("Đảng bộ phường Bến Thành", "Chi bộ khu phố 3", "Phường Bến Thành",
                null, null, List.of(), null, null, "", null));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private PartyDocument sheet(long meetingId) {
        return new SignInSheets(services.database(), services.meeting().roll(), Messages.forLanguage("vi"))
                .build(meetingId);
    }

    @Test
    void build_meeting_hasTheHeaderTitleAndSubject() {
        PartyDocument doc = sheet(f.february);
        assertEquals("CHI BỘ KHU PHỐ 3", doc.header().issuerLine());
        assertEquals("Phường Bến Thành, ngày 05 tháng 02 năm 2026", doc.header().placeDateLine());
        Title title = (Title) doc.blocks().get(0);
        assertEquals("DANH SÁCH ĐẢNG VIÊN DỰ HỌP", title.documentType());
        assertEquals(List.of("Sinh hoạt chi bộ định kỳ ngày 05/02/2026"), title.subjectLines());
        assertEquals(30, doc.margins().leftMm());
    }

    @Test
    void build_expectedFirstThenExemptedApartWithTheirCategory() {
        List<Block> blocks = sheet(f.february).blocks();
        TableBlock expected = (TableBlock) blocks.get(1);
        assertEquals(List.of("STT", "Họ và tên", "Chính thức/Dự bị", "Ký tên", "Ghi chú"), expected.header());
        assertEquals(List.of("1", "Nguyễn Văn An", "Chính thức", "", ""), expected.rows().get(0));
        assertEquals(List.of("Trần Thị Bình", "Phạm Văn Dũng"),
                expected.rows().subList(1, 3).stream().map(r -> r.get(1)).toList());
        assertEquals("Dự bị", expected.rows().get(2).get(2));
        assertTrue(((Heading) blocks.get(2)).text().contains("không tính là vắng mặt"));
        TableBlock apart = (TableBlock) blocks.get(3);
        assertEquals(List.of("1", "Lê Văn Cường", "Chính thức", "", "Miễn sinh hoạt"), apart.rows().get(0));
    }
}
