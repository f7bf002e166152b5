package vn.sochibo.model.member;

import java.util.Objects;
import vn.sochibo.model.text.Texts;

/** One person in the branch register; id 0 means not yet saved. Status is never stored here: see MemberHistory. */
public record Member(long id, Identity identity, PartyRecord party, Background background, Contact contact,
                     String note) {
    public Member {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(party, "party");
        background = background == null ? Background.EMPTY : background;
        contact = contact == null ? Contact.EMPTY : contact;
        note = Texts.cleanMultiline(note);
    }

    public String fullName() {
        return identity.fullName();
    }

    /** A copy with another id. */
    public Member withId(long newId) {
        return new Member(newId, identity, party, background, contact, note);
    }

    /** A copy with other party data. */
    public Member withParty(PartyRecord newParty) {
        return new Member(id, identity, newParty, background, contact, note);
    }

    /** The diacritic-free key searched by the list: names, card numbers, phone. */
    public String searchKey() {
        return Texts.fold(String.join(" ", identity.fullName(), identity.otherName(), party.cardNumber(),
                party.oldCardNumber(), contact.phone(), contact.localAddress()));
    }
}
