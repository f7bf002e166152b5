package vn.sochibo.service.member;

import java.time.LocalDate;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.text.Texts;

/**
 * How a new member comes onto the branch's list: admitted here (on the admission date), transferred in
 * officially, or attached temporarily from elsewhere (with date and origin).
 */
public record MemberEntry(EventType type, LocalDate date, String origin) {
    public MemberEntry {
        if (type != EventType.ADMITTED && type != EventType.TRANSFERRED_IN && type != EventType.ATTACHED_IN) {
            throw new IllegalArgumentException("entry " + type);
        }
        origin = Texts.clean(origin);
    }

    public static MemberEntry admittedHere() {
        return new MemberEntry(EventType.ADMITTED, null, "");
    }
}
