package vn.sochibo.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.model.AppException;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterPreview;
import vn.sochibo.service.member.roster.RosterService;
import vn.sochibo.testutil.MemberBuilder;

/** A bulk write that fails on its last member writes nothing at all, and says why in words a secretary can use. */
class InsertAllAtomicityTest {
    @TempDir
    Path dir;
    private Services services;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("b.db"), Clock.systemDefaultZone());
        services.members().insertAll(List.of(admitted("Nguyễn Văn An", "010000000001", "001050000001")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static MemberHistory admitted(String name, String card, String personalId) {
        return new MemberHistory(MemberBuilder.member().name(name).card(card).personalId(personalId).build(),
                List.of(MemberEvent.of(EventType.ADMITTED, LocalDate.of(1975, 5, 19))));
    }

    /** 200 new members, the last one given the card or personal id number of someone else. */
    private static List<MemberHistory> batchEndingWith(MemberHistory last) {
        List<MemberHistory> batch = new ArrayList<>();
        for (int i = 0; i < 199; i++) {
            batch.add(admitted("Đảng viên mới " + i, String.format("02%010d", i), String.format("0010%08d", i)));
        }
        batch.add(last);
        return batch;
    }

    @Test
    void insertAll_lastMemberDuplicatesAStoredCardNumber_writesNothing() {
        AppException e = assertThrows(AppException.class, () -> services.members().insertAll(
                batchEndingWith(admitted("Trần Văn Trùng", "010000000001", ""))));
        assertEquals("db.error.duplicateCard", e.key());
        assertEquals("Không ghi được: số thẻ đảng viên trùng với một đảng viên đã có trong dữ liệu. Chưa ghi gì cả; "
                + "hãy sửa số thẻ rồi làm lại.", Messages.forLanguage("vi").error(e));
        assertUnchanged();
    }

    @Test
    void insertAll_lastMemberRepeatsACardNumberOfTheSameBatch_writesNothing() {
        AppException e = assertThrows(AppException.class, () -> services.members().insertAll(
                batchEndingWith(admitted("Lê Thị Lặp", String.format("02%010d", 5), ""))));
        assertEquals("db.error.duplicateCard", e.key());
        assertUnchanged();
    }

    @Test
    void insertAll_lastMemberDuplicatesAPersonalId_writesNothingAndSaysWhichNumber() {
        AppException e = assertThrows(AppException.class, () -> services.members().insertAll(
                batchEndingWith(admitted("Phạm Văn Định", "", "001050000001"))));
        assertEquals("db.error.duplicatePersonalId", e.key());
        assertTrue(Messages.forLanguage("en").error(e).contains("personal ID number"), Messages.forLanguage("en")
                .error(e));
        assertUnchanged();
    }

    @Test
    void importPreviewed_sameCardSavedAfterThePreview_writesNothingAndSaysWhy() {
        Path file = new RosterWorkbook().sheet("Sheet1").row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng",
                "Số thẻ đảng viên").row(2, "Đỗ Văn Một", "Nam", "12/03/1950", "19/05/1975", "010000000008")
                .row(3, "Đỗ Thị Hai", "Nữ", "01/08/1962", "03/02/1990", "010000000009").write(dir.resolve("ds.xlsx"));
        RosterService roster = new RosterService(services.members(), services.branch());
        RosterPreview preview = roster.preview(file);
        assertEquals(0, preview.errorCount(), () -> preview.problems().toString());
        services.members().insertAll(List.of(admitted("Người nhập cùng lúc", "010000000009", "")));
        AppException e = assertThrows(AppException.class, () -> roster.importPreviewed(preview));
        assertEquals("db.error.duplicateCard", e.key());
        assertEquals(2, services.members().count(), "neither imported member was written");
    }

    private void assertUnchanged() {
        assertEquals(1, services.members().count());
        List<MemberHistory> all = services.members().all();
        assertEquals(1, all.get(0).events().size(), "no event of the refused batch either");
        services.members().insertAll(batchEndingWith(admitted("Võ Văn Sau", "030000000001", "")));
        assertEquals(201, services.members().count(), "the file is still writable after the refusal");
    }
}
