package vn.sochibo.model.member;

import java.time.LocalDate;
import vn.sochibo.model.text.Texts;

/**
 * The member's party dates and numbers: admission decision date, official recognition date, the new 12-digit
 * card number, the old card number, the dossier (lý lịch) number and the party badge number.
 */
public record PartyRecord(LocalDate admissionDate, LocalDate officialDate, String cardNumber, String oldCardNumber,
                          String dossierNumber, String badgeNumber) {
    public PartyRecord {
        cardNumber = Texts.clean(cardNumber).replace(" ", "");
        oldCardNumber = Texts.clean(oldCardNumber).replace(" ", "");
        dossierNumber = Texts.clean(dossierNumber);
        badgeNumber = Texts.clean(badgeNumber);
    }

    /** A copy with other party dates. */
    public PartyRecord withDates(LocalDate admission, LocalDate official) {
        return new PartyRecord(admission, official, cardNumber, oldCardNumber, dossierNumber, badgeNumber);
    }
}
