package vn.sochibo.model.member;

import vn.sochibo.model.text.Texts;

/** Where to reach the member: permanent residence (two-level), address inside the neighbourhood, phone. */
public record Contact(Address permanentAddress, String localAddress, String phone) {
    public static final Contact EMPTY = new Contact(Address.EMPTY, "", "");

    public Contact {
        permanentAddress = permanentAddress == null ? Address.EMPTY : permanentAddress;
        localAddress = Texts.clean(localAddress);
        phone = Texts.clean(phone);
    }
}
