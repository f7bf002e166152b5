package vn.sochibo.model.member;

import java.time.LocalDate;
import vn.sochibo.model.text.Texts;

/** Who the member is: names, sex, birth, ethnicity, religion, home town and the 12-digit personal ID. */
public record Identity(String fullName, String otherName, Gender gender, LocalDate birthDate, String ethnicity,
                       String religion, Address hometown, String personalId) {
    public Identity {
        fullName = Texts.clean(fullName);
        otherName = Texts.clean(otherName);
        ethnicity = Texts.clean(ethnicity);
        religion = Texts.clean(religion);
        hometown = hometown == null ? Address.EMPTY : hometown;
        personalId = Texts.clean(personalId).replace(" ", "");
    }
}
