package vn.sochibo.service.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.ValidationException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.journal.JournalEntry;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.service.member.MemberService;
import vn.sochibo.testutil.MemberBuilder;

/** Member changes add their journal line in the same transaction; lines are read back by period and language. */
class JournalServiceTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 9, 30, 15);
    @TempDir
    Path dir;
    private Services services;
    private MemberService members;
    private JournalService journal;

    static Clock at(LocalDateTime moment) {
        return Clock.fixed(moment.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("j.db"), at(NOW));
        journal = new JournalService(services.database(), at(NOW), "bithu");
        members = new MemberService(services.database(), at(NOW), journal);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private MemberHistory an() {
        return members.save(MemberBuilder.member().build(), MemberEntry.admittedHere());
    }

    @Test
    void save_newMember_writesMemberCreatedWithEntryEventAndDate() {
        an();
        assertEquals(List.of(new JournalEntry(NOW, "bithu", JournalAction.MEMBER_CREATED, "Nguyễn Văn An",
                "member.event.ADMITTED|1975-05-19")), journal.entries(null, null));
    }

    @Test
    void saveEvent_newEvent_writesEventAddedWithNameTypeKeyAndDate() {
        MemberHistory h = an();
        members.saveEvent(MemberEvent.of(EventType.EXEMPTED, LocalDate.of(2026, 1, 10)).withId(0, h.member().id())
                .withReason("Tuổi cao"));
        JournalEntry last = journal.entries(null, null).get(1);
        assertEquals(JournalAction.EVENT_ADDED, last.action());
        assertEquals("Nguyễn Văn An", last.subject());
        assertEquals("member.event.EXEMPTED|2026-01-10", last.details());
        assertEquals("bithu", last.actor());
    }

    @Test
    void saveEvent_existingEvent_writesEventChanged() {
        MemberHistory h = members.saveEvent(MemberEvent.of(EventType.EXEMPTED, LocalDate.of(2026, 1, 10))
                .withId(0, an().member().id()).withReason("Tuổi cao"));
        MemberEvent saved = h.events().stream().filter(e -> e.type() == EventType.EXEMPTED).findFirst().orElseThrow();
        members.saveEvent(saved.withDate(LocalDate.of(2026, 2, 1)));
        JournalEntry last = journal.entries(null, null).get(2);
        assertEquals(JournalAction.EVENT_CHANGED, last.action());
        assertEquals("member.event.EXEMPTED|2026-02-01", last.details());
    }

    @Test
    void deleteEvent_writesEventDeleted() {
        MemberHistory h = members.saveEvent(MemberEvent.of(EventType.EXEMPTED, LocalDate.of(2026, 1, 10))
                .withId(0, an().member().id()).withReason("Tuổi cao"));
        MemberEvent saved = h.events().stream().filter(e -> e.type() == EventType.EXEMPTED).findFirst().orElseThrow();
        members.deleteEvent(saved);
        JournalEntry last = journal.entries(null, null).get(2);
        assertEquals(JournalAction.EVENT_DELETED, last.action());
        assertEquals("member.event.EXEMPTED|2026-01-10", last.details());
    }

    @Test
    void saveEvent_refusedByTheRules_writesNoLine() {
        MemberHistory h = an();
        MemberEvent beforeBirth = MemberEvent.of(EventType.DECEASED, LocalDate.of(1940, 1, 1))
                .withId(0, h.member().id());
        assertThrows(ValidationException.class, () -> members.saveEvent(beforeBirth));
        assertEquals(1, journal.entries(null, null).size());
    }

    @Test
    void delete_member_writesMemberDeletedWithTheName() {
        members.delete(an().member().id());
        JournalEntry last = journal.entries(null, null).get(1);
        assertEquals(JournalAction.MEMBER_DELETED, last.action());
        assertEquals("Nguyễn Văn An", last.subject());
    }

    @Test
    void save_existingMember_writesMemberChanged() {
        MemberHistory h = an();
        members.save(MemberBuilder.member().phone("0912345678").build().withId(h.member().id()), null);
        assertEquals(JournalAction.MEMBER_CHANGED, journal.entries(null, null).get(1).action());
    }

    @Test
    void entries_period_includesBothEndDaysAndNothingOutside() {
        for (String day : new String[] {"2026-10-31T23:59:59", "2026-11-01T00:00", "2026-11-15T12:00",
            "2026-11-20T23:59:59", "2026-11-21T00:00"}) {
            new JournalService(services.database(), at(LocalDateTime.parse(day)), "x")
                    .record(JournalAction.BACKUP_RESTORED, day, "");
        }
        List<String> subjects = journal.entries(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)).stream()
                .map(JournalEntry::subject).toList();
        assertEquals(List.of("2026-11-01T00:00", "2026-11-15T12:00", "2026-11-20T23:59:59"), subjects);
        assertEquals(2, journal.entries(LocalDate.of(2026, 11, 20), null).size());
        assertEquals(1, journal.entries(null, LocalDate.of(2026, 10, 31)).size());
    }

    @Test
    void entries_startAfterEnd_isRefusedWithAMessage() {
        AppException e = assertThrows(AppException.class,
                () -> journal.entries(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)));
        assertEquals("journal.error.period", e.key());
    }

    @Test
    void lines_inEachLanguage_showLabelAndDetailsInThatLanguage() {
        an();
        JournalLine vi = journal.lines(null, null, Messages.forLanguage("vi")).get(0);
        assertEquals("21/11/2026 09:30", vi.time());
        assertEquals("Thêm hồ sơ đảng viên", vi.action());
        assertEquals("Kết nạp vào Đảng, 19/05/1975", vi.details());
        JournalLine en = journal.lines(null, null, Messages.forLanguage("en")).get(0);
        assertEquals("Member record added", en.action());
        assertTrue(en.details().endsWith(", 19/05/1975"), en.details());
    }

    @Test
    void newJournal_withoutAnAccountName_usesTheComputerAccount() {
        assertEquals(System.getProperty("user.name"), new JournalService(services.database(), at(NOW)).actor());
    }

    @Test
    void everyAction_hasALabelInBothLanguages() {
        for (String lang : new String[] {"vi", "en"}) {
            Messages m = Messages.forLanguage(lang);
            for (JournalAction a : JournalAction.values()) {
                assertTrue(m.bundle().containsKey("journal.action." + a.name()), lang + " " + a);
            }
        }
    }

    @Test
    void render_plainTextAndUnknownKeys_areShownAsWritten() {
        Messages vi = Messages.forLanguage("vi");
        assertEquals("Tệp sao lưu ngày 20/11", JournalDetails.render("Tệp sao lưu ngày 20/11", vi));
        assertEquals("no.such.key|1", JournalDetails.render("no.such.key|1", vi));
        assertEquals("12 đảng viên", JournalDetails.render(JournalDetails.of("journal.details.imported", 12), vi));
    }

    @Test
    void parse_unknownActionName_isOther() {
        assertEquals(JournalAction.OTHER, JournalAction.parse("SOMETHING_NEW"));
    }
}
