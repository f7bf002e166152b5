package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.branch.MeetingDay;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.PartyRecord;

class RepositoriesTest {
    @TempDir
    Path dir;
    private Database db;
    private final MemberRepository members = new MemberRepository();
    private final MemberEventRepository events = new MemberEventRepository();
    private final BranchRepository branches = new BranchRepository();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("r.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Member everyFieldFilled() {
        Identity id = new Identity("Hoàng Thị Ngọc Ánh", "Ánh Hồng", Gender.FEMALE, LocalDate.of(1948, 2, 29), "Tày",
                "Phật giáo", new Address("Thôn Nà Phặc", "Xã Ngân Sơn", "Tỉnh Thái Nguyên"), "019148000123");
        PartyRecord party = new PartyRecord(LocalDate.of(1970, 5, 19), LocalDate.of(1971, 5, 25), "019148000777",
                "12345678", "LL-0042", "HH-30-0099");
        Background bg = new Background("10/10", "Cử nhân sư phạm", "Trung cấp", "Tiếng Nga B", "Hưu trí",
                "Giáo viên", true, false, true);
        Contact ct = new Contact(new Address("Số 7 ngõ 12", "Phường Hoà Bình", "Thành phố Hà Nội"), "Tổ 5",
                "0912 345 678");
        return new Member(0, id, party, bg, ct, "Dòng một\nDòng hai");
    }

    @Test
    void member_everyField_roundTripsUnchanged() {
        Member saved = db.write(tx -> members.insert(tx, everyFieldFilled()));
        Member read = db.read(tx -> members.find(tx, saved.id())).orElseThrow();
        assertEquals(saved, read);
    }

    @Test
    void events_groupedByMember_keepEveryField() {
        Member m = db.write(tx -> members.insert(tx, everyFieldFilled()));
        MemberEvent e = new MemberEvent(0, m.id(), EventType.TRANSFERRED_OUT_TEMPORARILY, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 3, 1), "Chi bộ 2, Đảng bộ xã Tân Lập", "Đi làm xa", "Ghi chú");
        MemberEvent saved = db.write(tx -> events.insert(tx, e));
        assertEquals(List.of(saved), db.read(events::allByMember).get(m.id()));
    }

    @Test
    void deletingAMember_removesItsEventsAndPosts() {
        Member m = db.write(tx -> members.insert(tx, everyFieldFilled()));
        db.write(tx -> events.insert(tx, MemberEvent.of(EventType.ADMITTED, LocalDate.of(1970, 5, 19))
                .withId(0, m.id())));
        db.write(tx -> {
            branches.save(tx, profile(List.of(new Officer(m.id(), OfficerRole.SECRETARY))));
            return null;
        });
        db.write(tx -> {
            members.delete(tx, m.id());
            return null;
        });
        assertTrue(db.read(events::allByMember).isEmpty());
        assertEquals(List.of(), db.read(branches::load).orElseThrow().officers());
    }

    private static BranchProfile profile(List<Officer> officers) {
        return new BranchProfile("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH", "CHI BỘ KHU PHỐ 3", "Hoà Bình", LocalDate.of(2025, 5, 4),
                LocalDate.of(2030, 5, 4), officers, new MeetingDay(MeetingDay.Kind.DAY_OF_MONTH, 5, 1, DayOfWeek.MONDAY),
                LocalTime.of(19, 30), "Nhà văn hoá Khu phố 3", new DocumentSettings("CB", false, 25, 20, 35, 15));
    }

    @Test
    void branchProfile_savedTwice_keepsTheLatestWithOfficers() {
        Member m = db.write(tx -> members.insert(tx, everyFieldFilled()));
        BranchProfile first = profile(List.of(new Officer(m.id(), OfficerRole.SECRETARY)));
        db.write(tx -> {
            branches.save(tx, first);
            branches.save(tx, first.withOfficers(List.of(new Officer(m.id(), OfficerRole.DEPUTY_SECRETARY))));
            return null;
        });
        BranchProfile read = db.read(branches::load).orElseThrow();
        assertEquals(first.withOfficers(List.of(new Officer(m.id(), OfficerRole.DEPUTY_SECRETARY))), read);
    }

    @Test
    void documentNumbers_countPerTypeWithinATerm() {
        LocalDate term = LocalDate.of(2025, 5, 4);
        List<Integer> numbers = db.write(tx -> List.of(branches.nextNumber(tx, "BB", term),
                branches.nextNumber(tx, "BB", term), branches.nextNumber(tx, "NQ", term),
                branches.nextNumber(tx, "BB", LocalDate.of(2030, 5, 4))));
        assertEquals(List.of(1, 2, 1, 1), numbers);
    }
}
