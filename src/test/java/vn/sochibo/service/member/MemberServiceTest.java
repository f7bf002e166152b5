package vn.sochibo.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.ValidationException;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberStatus;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.MemberBuilder;

class MemberServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private MemberService members;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(d("2026-11-21").atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        services = Services.open(dir.resolve("test.db"), clock);
        members = services.members();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void save_newMemberAdmittedHere_isStoredWithAdmissionAndRecognitionEvents() {
        MemberHistory h = members.save(MemberBuilder.member().personalId("001050001234").build(),
                MemberEntry.admittedHere());

        MemberHistory reread = members.get(h.member().id());
        assertEquals("Nguyễn Văn An", reread.member().fullName());
        assertEquals(List.of(EventType.ADMITTED, EventType.RECOGNISED_OFFICIAL),
                reread.events().stream().map(MemberEvent::type).toList());
        assertEquals(MemberStatus.OFFICIAL, reread.statusOn(d("2026-11-21")).primary());
    }

    @Test
    void save_memberTransferredIn_startsWithTheTransferOnly() {
        MemberHistory h = members.save(MemberBuilder.member().build(),
                new MemberEntry(EventType.TRANSFERRED_IN, d("2015-03-01"), "Chi bộ Khu phố 5"));

        assertEquals(List.of(EventType.TRANSFERRED_IN), h.events().stream().map(MemberEvent::type).toList());
        assertEquals("Chi bộ Khu phố 5", h.events().get(0).place());
        assertEquals(MemberStatus.NOT_YET, h.statusOn(d("2015-02-28")).primary());
    }

    @Test
    void save_duplicatePersonalId_isRefusedNamingTheField() {
        members.save(MemberBuilder.member().personalId("001050001234").build(), MemberEntry.admittedHere());

        ValidationException e = assertThrows(ValidationException.class, () -> members.save(
                MemberBuilder.member().name("Trần Thị Bình").personalId("001050001234").build(),
                MemberEntry.admittedHere()));
        assertEquals("member.field.personalId", e.issues().get(0).field());
        assertEquals(1, members.count());
    }

    @Test
    void save_editedAdmissionDate_movesTheAdmissionEvent() {
        MemberHistory h = members.save(MemberBuilder.member().build(), MemberEntry.admittedHere());
        Member edited = h.member().withParty(h.member().party().withDates(d("1975-06-01"), d("1976-06-02")));

        MemberHistory after = members.save(edited, null);

        assertEquals(d("1975-06-01"), after.first(EventType.ADMITTED).orElseThrow().date());
        assertEquals(d("1976-06-02"), after.first(EventType.RECOGNISED_OFFICIAL).orElseThrow().date());
    }

    @Test
    void saveEvent_recognition_setsTheOfficialDate() {
        Member probationary = MemberBuilder.member().born(d("1995-01-01")).admitted(d("2025-10-01")).official(null)
                .build();
        MemberHistory h = members.save(probationary, MemberEntry.admittedHere());

        MemberHistory after = members.saveEvent(new MemberEvent(0, h.member().id(), EventType.RECOGNISED_OFFICIAL,
                d("2026-10-15"), null, "", "", ""));

        assertEquals(d("2026-10-15"), after.member().party().officialDate());
        assertEquals(MemberStatus.OFFICIAL, after.statusOn(d("2026-11-21")).primary());
    }

    @Test
    void saveEvent_impossibleEvent_isRefusedAndNothingChanges() {
        MemberHistory h = members.save(MemberBuilder.member().build(), MemberEntry.admittedHere());

        assertThrows(ValidationException.class, () -> members.saveEvent(new MemberEvent(0, h.member().id(),
                EventType.RETURNED, d("2026-01-01"), null, "", "", "")));
        assertEquals(2, members.get(h.member().id()).events().size());
    }

    @Test
    void deleteEvent_recognition_clearsTheOfficialDate() {
        MemberHistory h = members.save(MemberBuilder.member().build(), MemberEntry.admittedHere());
        MemberEvent recognition = h.first(EventType.RECOGNISED_OFFICIAL).orElseThrow();

        MemberHistory after = members.deleteEvent(recognition);

        assertEquals(null, after.member().party().officialDate());
        assertEquals(MemberStatus.PROBATIONARY, after.statusOn(d("2026-11-21")).primary());
    }

    @Test
    void insertAll_withOneBrokenHistory_writesNothing() {
        MemberHistory ok = new MemberHistory(MemberBuilder.member().build(), List.of());
        MemberHistory twin = new MemberHistory(MemberBuilder.member().card("012345678901").build(), List.of());
        MemberHistory clash = new MemberHistory(MemberBuilder.member().card("012345678901").build(), List.of());

        assertThrows(RuntimeException.class, () -> members.insertAll(List.of(ok, twin, clash)));
        assertEquals(0, members.count());
    }

    @Test
    void countsOn_savedMembers_countsByCategory() {
        members.save(MemberBuilder.member().build(), MemberEntry.admittedHere());
        MemberHistory second = members.save(MemberBuilder.member().name("Lê Thị Hoa").female().build(),
                MemberEntry.admittedHere());
        members.saveEvent(new MemberEvent(0, second.member().id(), EventType.EXEMPTED, d("2025-01-01"), null, "",
                "Tuổi cao, sức khỏe yếu", ""));

        var counts = members.countsOn(d("2026-11-21"));
        assertEquals(2, counts.total());
        assertEquals(1, counts.exempted());
        assertTrue(counts.official() == 2);
    }
}
