package vn.sochibo.service.member.roster;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.PartyRecord;
import vn.sochibo.service.Services;

/** Members with varied histories, a branch profile, and a fixed clock (21/11/2026 in Hà Nội) for roster tests. */
public final class RosterFixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private RosterFixtures() {
    }

    public static Services open(Path file) {
        return Services.open(file, CLOCK);
    }

    public static RosterService roster(Services services) {
        return new RosterService(services.members(), services.branch());
    }

    public static BranchProfile branch() {
        return new BranchProfile("Đảng bộ phường Bến Thành", "Chi bộ khu phố 3", "Phường Bến Thành", null, null,
                List.of(), null, null, "Nhà văn hóa khu phố 3", null);
    }

    /** A member with the given name, sex, birth and party dates and otherwise plain fields. */
    public static Member member(String name, Gender gender, LocalDate birth, LocalDate admitted, LocalDate official) {
        return new Member(0, new Identity(name, "", gender, birth, "Kinh", "Không", Address.EMPTY, ""),
                new PartyRecord(admitted, official, "", "", "", ""), Background.EMPTY, Contact.EMPTY, "");
    }

    /** Eight members covering every column of the register and the common histories. */
    public static List<MemberHistory> varied() {
        List<MemberHistory> all = new ArrayList<>();
        Member full = new Member(0,
                new Identity("Nguyễn Văn An", "Ba Gạo", Gender.MALE, LocalDate.of(1950, 3, 12), "Kinh", "Phật giáo",
                        new Address("Thôn Đông", "Xã Hải Anh", "Tỉnh Ninh Bình"), "001050012345"),
                new PartyRecord(LocalDate.of(1975, 5, 19), LocalDate.of(1976, 5, 19), "010123456789", "12345678",
                        "HN-123456", "HH 40 năm số 1234"),
                new Background("10/10", "Kỹ sư", "Trung cấp", "Tiếng Nga B", "Hưu trí", "Công nhân", true, true, false),
                new Contact(new Address("Số 5 ngõ 3 Lê Lợi", "Phường Bến Thành", "Thành phố Hồ Chí Minh"), "Tổ 4",
                        "0912 345 678"),
                "Cựu chiến binh.\nTham gia tổ hòa giải.");
        all.add(history(full, admitted(full), recognised(full)));
        Member moved = member("Trần Thị Bích", Gender.FEMALE, LocalDate.of(1962, 8, 1), LocalDate.of(1990, 2, 3),
                LocalDate.of(1991, 2, 3));
        all.add(history(moved, event(EventType.TRANSFERRED_IN, 2015, 6, 1).withPlace("Đảng bộ phường Tân Định")));
        Member left = member("Lê Văn Cường", Gender.MALE, LocalDate.of(1980, 1, 15), LocalDate.of(2010, 9, 2),
                LocalDate.of(2011, 9, 2));
        all.add(history(left, admitted(left), recognised(left),
                event(EventType.TRANSFERRED_OUT, 2020, 3, 5).withPlace("Đảng bộ xã Phú Hòa")));
        Member died = member("Phạm Thị Dung", Gender.FEMALE, LocalDate.of(1940, 12, 30), LocalDate.of(1968, 1, 20),
                LocalDate.of(1969, 1, 20));
        all.add(history(died, admitted(died), recognised(died),
                event(EventType.DECEASED, 2024, 7, 27).withReason("Bệnh nặng")));
        Member removed = member("Hoàng Văn Em", Gender.MALE, LocalDate.of(1985, 6, 6), LocalDate.of(2018, 4, 10),
                LocalDate.of(2019, 4, 10));
        all.add(history(removed, admitted(removed), recognised(removed),
                event(EventType.REMOVED, 2023, 11, 15).withReason("Xóa tên")));
        Member exempted = member("Đỗ Thị Gấm", Gender.FEMALE, LocalDate.of(1945, 2, 28), LocalDate.of(1972, 3, 3),
                LocalDate.of(1973, 3, 3));
        all.add(history(exempted, admitted(exempted), recognised(exempted),
                event(EventType.EXEMPTED, 2022, 1, 10).withReason("Tuổi cao, sức khỏe yếu"),
                event(EventType.TRANSFERRED_OUT_TEMPORARILY, 2025, 2, 1).withPlace("Chi bộ ấp 2, xã Tân Phú")
                        .withEnd(LocalDate.of(2025, 8, 1)),
                event(EventType.RETURNED, 2025, 8, 1)));
        Member probationary = member("Vũ Minh Hải", Gender.MALE, LocalDate.of(1998, 10, 10),
                LocalDate.of(2026, 5, 19), null);
        all.add(history(probationary, admitted(probationary)));
        Member attached = member("Bùi Thị Hương", Gender.FEMALE, LocalDate.of(1992, 4, 4), LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 1, 1));
        all.add(history(attached, new MemberEvent(0, 0, EventType.ATTACHED_IN, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), "Chi bộ Trường THPT Lê Quý Đôn", "", "Học tập")));
        return all;
    }

    private static MemberHistory history(Member m, MemberEvent... events) {
        return new MemberHistory(m, List.of(events));
    }

    private static MemberEvent admitted(Member m) {
        return MemberEvent.of(EventType.ADMITTED, m.party().admissionDate());
    }

    private static MemberEvent recognised(Member m) {
        return MemberEvent.of(EventType.RECOGNISED_OFFICIAL, m.party().officialDate());
    }

    private static MemberEvent event(EventType type, int year, int month, int day) {
        return MemberEvent.of(type, LocalDate.of(year, month, day));
    }
}
