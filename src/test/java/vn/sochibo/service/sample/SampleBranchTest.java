package vn.sochibo.service.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.StatusOnDate;
import vn.sochibo.service.Services;

class SampleBranchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void create_emptyDatabase_writesTheMembersAndTheBranchProfile() {
        try (Services services = open("a.db")) {
            assertEquals(35, SampleBranch.create(services, SampleOptions.defaults(TODAY)));
            assertEquals(35, services.members().count());
            BranchProfile p = services.branch().profile().orElseThrow();
            assertEquals("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH", p.superiorName());
            assertEquals("CHI BỘ KHU PHỐ 3", p.branchName());
            assertEquals("Hoà Bình", p.placeName());
            assertEquals("Nhà văn hoá Khu phố 3", p.meetingPlace());
            assertEquals(LocalDate.of(2025, 5, 4), p.termStart());
            assertTrue(!TODAY.isBefore(p.termStart()) && TODAY.isBefore(p.termEnd()));
        }
    }

    @Test
    void create_defaultSample_officersAreOfficialMembersAttendingToday() {
        try (Services services = open("a.db")) {
            SampleBranch.create(services, SampleOptions.defaults(TODAY));
            BranchProfile p = services.branch().profile().orElseThrow();
            assertEquals(1, p.holders(OfficerRole.SECRETARY).size());
            assertEquals(1, p.holders(OfficerRole.DEPUTY_SECRETARY).size());
            assertEquals(1, p.holders(OfficerRole.COMMITTEE_MEMBER).size());
            Map<Long, MemberHistory> byId = byId(services.members().all());
            for (Officer o : p.officers()) {
                StatusOnDate s = byId.get(o.memberId()).statusOn(TODAY);
                assertTrue(s.isOfficial() && s.expectedAtMeeting(), o + " " + s);
            }
            assertEquals(3, p.officers().stream().map(Officer::memberId).distinct().count());
        }
    }

    @Test
    void create_largeBranch_committeeOfFive() {
        try (Services services = open("large.db")) {
            SampleBranch.create(services, new SampleOptions(600, 20, 42, TODAY));
            BranchProfile p = services.branch().profile().orElseThrow();
            assertEquals(5, p.officers().size());
            assertEquals(3, p.holders(OfficerRole.COMMITTEE_MEMBER).size());
        }
    }

    @Test
    void create_tinyBranch_secretaryAndDeputyOnly() {
        try (Services services = open("tiny.db")) {
            SampleBranch.create(services, new SampleOptions(3, 1, 1, TODAY));
            assertEquals(List.of(OfficerRole.SECRETARY, OfficerRole.DEPUTY_SECRETARY),
                    services.branch().profile().orElseThrow().officers().stream().map(Officer::role).sorted()
                            .toList());
        }
    }

    @Test
    void create_savedData_readsBackExactlyAsGenerated() {
        SampleOptions options = new SampleOptions(120, 10, 77, TODAY);
        try (Services services = open("a.db")) {
            SampleBranch.create(services, options);
            assertEquals(SampleGenerator.generate(options), withoutIds(services.members().all()));
        }
    }

    @Test
    void create_databaseWithMembers_refusedAndNothingWritten() {
        try (Services services = open("a.db")) {
            SampleBranch.create(services, SampleOptions.defaults(TODAY));
            AppException e = assertThrows(AppException.class,
                    () -> SampleBranch.create(services, new SampleOptions(10, 5, 2, TODAY)));
            assertEquals("sample.error.notEmpty", e.key());
            assertEquals(35, services.members().count());
        }
    }

    @Test
    void create_databaseWithOnlyABranchProfile_refused() {
        try (Services services = open("a.db")) {
            services.branch().save(new BranchProfile("ĐẢNG BỘ PHƯỜNG AN KHÁNH", "CHI BỘ TỔ DÂN PHỐ 7", "An Khánh",
                    null, null, List.of(), null, null, "", null));
            AppException e = assertThrows(AppException.class,
                    () -> SampleBranch.create(services, SampleOptions.defaults(TODAY)));
            assertEquals("sample.error.notEmpty", e.key());
            assertEquals(0, services.members().count());
            assertEquals("CHI BỘ TỔ DÂN PHỐ 7", services.branch().profile().orElseThrow().branchName());
        }
    }

    @Test
    void create_sameOptionsInTwoFiles_sameMembersAndProfile() {
        SampleOptions options = new SampleOptions(60, 8, 5, TODAY);
        try (Services a = open("a.db"); Services b = open("b.db")) {
            SampleBranch.create(a, options);
            SampleBranch.create(b, options);
            assertEquals(a.members().all(), b.members().all());
            assertEquals(a.branch().profile(), b.branch().profile());
            assertFalse(a.members().all().isEmpty());
        }
    }

    private Services open(String name) {
        return Services.open(dir.resolve(name), CLOCK);
    }

    private static Map<Long, MemberHistory> byId(List<MemberHistory> all) {
        return all.stream().collect(Collectors.toMap(h -> h.member().id(), Function.identity()));
    }

    private static List<MemberHistory> withoutIds(List<MemberHistory> saved) {
        return saved.stream().map(h -> new MemberHistory(h.member().withId(0),
                h.events().stream().map(e -> e.withId(0, 0)).toList())).toList();
    }
}
