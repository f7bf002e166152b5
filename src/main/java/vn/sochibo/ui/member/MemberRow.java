package vn.sochibo.ui.member;

import java.time.LocalDate;
import vn.sochibo.model.member.MemberHistory;

/** One line of the member table, with the status and party age already computed for the chosen date. */
public record MemberRow(int number, MemberHistory history, String fullName, LocalDate birthDate, String gender,
                        String cardNumber, LocalDate admissionDate, String partyAge, String status, String phone,
                        String localAddress) {
    public long id() {
        return history.member().id();
    }

    /** The same row under another number (its place in the current search). */
    public MemberRow numbered(int newNumber) {
        return new MemberRow(newNumber, history, fullName, birthDate, gender, cardNumber, admissionDate, partyAge,
                status, phone, localAddress);
    }
}
