package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;

class MembersCommandTest {
    @TempDir
    Path dir;
    private Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void fill() {
        db = dir.resolve("b.db");
        try (Services s = Services.open(db, Clock.systemDefaultZone())) {
            s.members().save(MemberBuilder.member().name("Nguyễn Văn An").card("012345678901").build(),
                    MemberEntry.admittedHere());
            s.members().save(MemberBuilder.member().name("Đặng Thị Bích").female().build(), MemberEntry.admittedHere());
            MemberHistory gone = s.members().save(MemberBuilder.member().name("Trần Văn Cường").build(),
                    MemberEntry.admittedHere());
            s.members().saveEvent(new MemberEvent(0, gone.member().id(), EventType.DECEASED, d("2024-05-01"), null,
                    "", "", ""));
        }
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void members_all_printsTsvInVietnameseOrder() {
        assertEquals(0, run("members", "--db", db.toString(), "--on", "2026-01-01"));
        assertEquals("012345678901\tNguyễn Văn An\t15/03/1950\tChính thức\n"
                + "\tĐặng Thị Bích\t15/03/1950\tChính thức\n"
                + "\tTrần Văn Cường\t15/03/1950\tTừ trần\n", out.toString().replace("\r", ""));
    }

    @Test
    void members_searchWithoutDiacriticsAndStatus_filters() {
        assertEquals(0, run("members", "--db", db.toString(), "--search", "dang", "--status", "on-list"));
        assertEquals(1, out.toString().lines().count());
        assertTrue(out.toString().contains("Đặng Thị Bích"));
    }

    @Test
    void members_deceasedBeforeTheDate_isStillOnTheListOnAnEarlierDate() {
        assertEquals(0, run("members", "--db", db.toString(), "--status", "on-list", "--on", "2024-04-30"));
        assertEquals(3, out.toString().lines().count());
    }

    @Test
    void members_unknownStatus_exitsOneWithOneVietnameseLine() {
        assertEquals(1, run("members", "--db", db.toString(), "--status", "chinh-thuc"));
        assertEquals(1, err.toString().lines().count());
        assertTrue(err.toString().startsWith("Tình trạng \"chinh-thuc\" không có"));
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void members_badDateInEnglish_exitsOneWithEnglishLine() {
        assertEquals(1, run("members", "--db", db.toString(), "--on", "21/11/2026", "--lang", "en"));
        assertEquals("The date in --on must be YYYY-MM-DD, got \"21/11/2026\"", err.toString().strip());
    }

    @Test
    void members_unknownOption_exitsOneNamingIt() {
        assertEquals(1, run("members", "--bogus"));
        assertEquals(1, err.toString().lines().count());
        assertTrue(err.toString().contains("--bogus"));
    }

    @Test
    void members_damagedDatabase_exitsOneWithoutStackTrace() throws Exception {
        Path bad = dir.resolve("bad.db");
        java.nio.file.Files.writeString(bad, "not a database at all, just text ".repeat(100));
        assertEquals(1, run("members", "--db", bad.toString()));
        assertEquals("Tệp này không phải dữ liệu Sổ Chi Bộ hoặc đã bị hỏng", err.toString().strip());
    }

    @Test
    void members_commonOptionsBeforeTheCommand_areAccepted() {
        assertEquals(1, run("--lang", "en", "--db", db.toString(), "members", "--status", "nope"));
        assertTrue(err.toString().startsWith("There is no status \"nope\""));
    }

    @Test
    void members_missingFile_exitsOneAndCreatesNothing() {
        Path missing = dir.resolve("khong-co.db");
        assertEquals(1, run("members", "--db", missing.toString()));
        assertTrue(err.toString().startsWith("Không có tệp dữ liệu"));
        assertFalse(java.nio.file.Files.exists(missing));
    }

    @Test
    void help_andVersion_exitZero() {
        assertEquals(0, run("members", "--help"));
        assertTrue(out.toString().contains("--search"));
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("Sổ Chi Bộ"));
    }
}
