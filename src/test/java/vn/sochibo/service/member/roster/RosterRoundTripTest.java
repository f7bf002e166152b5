package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.PartyRecord;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;

/** Exporting the register and importing it into an empty database gives back the same members and histories. */
class RosterRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void exportThenImport_intoEmptyDatabase_reproducesMembersAndEvents() {
        Path xlsx = dir.resolve("so-danh-sach.xlsx");
        List<MemberHistory> original;
        try (Services source = RosterFixtures.open(dir.resolve("source.db"))) {
            source.branch().save(RosterFixtures.branch());
            source.members().insertAll(RosterFixtures.varied());
            original = source.members().all();
            assertEquals(original.size(), RosterFixtures.roster(source).export(xlsx));
        }
        try (Services target = RosterFixtures.open(dir.resolve("target.db"))) {
            RosterService roster = RosterFixtures.roster(target);
            RosterPreview preview = roster.preview(xlsx);
            Messages vi = Messages.forLanguage("vi");
            assertFalse(preview.hasErrors(), () -> preview.problems().stream().map(p -> p.text(vi)).toList().toString());
            assertEquals("Dữ liệu", preview.sheet());
            roster.importPreviewed(preview);
            assertSame(original, target.members().all());
        }
    }

    @Test
    void exportThenImport_twice_reportsEveryMemberAsDuplicate() {
        Path xlsx = dir.resolve("so.xlsx");
        try (Services services = RosterFixtures.open(dir.resolve("one.db"))) {
            services.members().insertAll(RosterFixtures.varied());
            RosterService roster = RosterFixtures.roster(services);
            roster.export(xlsx);
            RosterPreview again = roster.preview(xlsx);
            assertTrue(again.entries().stream().allMatch(RosterEntry::hasError));
            assertEquals(RosterFixtures.varied().size(), services.members().count());
        }
    }

    @Test
    void exportThenImport_printedRegisterAlone_readsEveryMemberOnTheList() throws Exception {
        Path xlsx = dir.resolve("so.xlsx");
        try (Services source = RosterFixtures.open(dir.resolve("source.db"))) {
            source.branch().save(RosterFixtures.branch());
            source.members().insertAll(RosterFixtures.varied());
            RosterFixtures.roster(source).export(xlsx);
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.FileInputStream(xlsx.toFile()))) {
            wb.removeSheetAt(2);
            wb.removeSheetAt(1);
            try (var out = java.nio.file.Files.newOutputStream(dir.resolve("register-only.xlsx"))) {
                wb.write(out);
            }
        }
        try (Services target = RosterFixtures.open(dir.resolve("target.db"))) {
            RosterPreview preview = RosterFixtures.roster(target).preview(dir.resolve("register-only.xlsx"));
            Messages vi = Messages.forLanguage("vi");
            assertFalse(preview.hasErrors(), () -> preview.problems().stream().map(p -> p.text(vi)).toList().toString());
            assertEquals("Sổ danh sách", preview.sheet());
            assertEquals(7, preview.entries().size());
            Member an = preview.ready().stream().map(MemberHistory::member)
                    .filter(m -> m.fullName().equals("Nguyễn Văn An")).findFirst().orElseThrow();
            Member original = RosterFixtures.varied().get(0).member();
            Identity id = original.identity();
            assertEquals(new Identity(id.fullName(), id.otherName(), id.gender(), id.birthDate(), id.ethnicity(),
                    id.religion(), id.hometown(), ""), an.identity(), "the register has no column for the CCCD");
            assertEquals(new PartyRecord(original.party().admissionDate(), original.party().officialDate(),
                    original.party().cardNumber(), "", original.party().dossierNumber(),
                    original.party().badgeNumber()), an.party(), "the register has no column for the old card");
            assertEquals(original.background(), an.background());
        }
    }

    private static void assertSame(List<MemberHistory> expected, List<MemberHistory> actual) {
        Comparator<MemberHistory> byName = Comparator.comparing(h -> h.member().fullName());
        List<MemberHistory> e = expected.stream().sorted(byName).toList();
        List<MemberHistory> a = actual.stream().sorted(byName).toList();
        assertEquals(e.size(), a.size());
        for (int i = 0; i < e.size(); i++) {
            Member want = e.get(i).member();
            Member got = a.get(i).member();
            assertEquals(want.withId(0), got.withId(0), want.fullName());
            assertEquals(plain(e.get(i).events()), plain(a.get(i).events()), want.fullName());
        }
    }

    private static List<MemberEvent> plain(List<MemberEvent> events) {
        return events.stream().map(ev -> ev.withId(0, 0)).toList();
    }
}
