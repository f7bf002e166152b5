package vn.sochibo.testutil;

import java.time.LocalDate;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.PartyRecord;

/** Builds members for tests: a valid official member born 1950 and admitted 1975 unless told otherwise. */
public final class MemberBuilder {
    private String name = "Nguyễn Văn An";
    private Gender gender = Gender.MALE;
    private LocalDate birth = LocalDate.of(1950, 3, 15);
    private LocalDate admission = LocalDate.of(1975, 5, 19);
    private LocalDate official = LocalDate.of(1976, 5, 20);
    private String personalId = "";
    private String card = "";
    private String phone = "";

    public static MemberBuilder member() {
        return new MemberBuilder();
    }

    public MemberBuilder name(String value) {
        name = value;
        return this;
    }

    public MemberBuilder female() {
        gender = Gender.FEMALE;
        return this;
    }

    public MemberBuilder born(LocalDate value) {
        birth = value;
        return this;
    }

    public MemberBuilder admitted(LocalDate value) {
        admission = value;
        return this;
    }

    public MemberBuilder official(LocalDate value) {
        official = value;
        return this;
    }

    public MemberBuilder personalId(String value) {
        personalId = value;
        return this;
    }

    public MemberBuilder card(String value) {
        card = value;
        return this;
    }

    public MemberBuilder phone(String value) {
        phone = value;
        return this;
    }

    public Member build() {
        Identity identity = new Identity(name, "", gender, birth, "Kinh", "Không",
                new Address("", "Xã Yên Phong", "Tỉnh Bắc Ninh"), personalId);
        PartyRecord party = new PartyRecord(admission, official, card, "", "", "");
        Contact contact = new Contact(new Address("Số 5 ngõ 3", "Phường Hoà Bình", "Thành phố Hà Nội"), "Tổ 3", phone);
        return new Member(0, identity, party, Background.EMPTY, contact, "");
    }
}
