package vn.sochibo.ui.member;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.PartyRecord;

/** The editable working copy of a member: one property per field, filled from a record and built back into one. */
public final class MemberFormFields {
    public final StringProperty fullName = new SimpleStringProperty("");
    public final StringProperty otherName = new SimpleStringProperty("");
    public final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    public final StringProperty ethnicity = new SimpleStringProperty("Kinh");
    public final StringProperty religion = new SimpleStringProperty("Không");
    public final StringProperty hometownDetail = new SimpleStringProperty("");
    public final StringProperty hometownCommune = new SimpleStringProperty("");
    public final StringProperty hometownProvince = new SimpleStringProperty("");
    public final StringProperty personalId = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> admissionDate = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> officialDate = new SimpleObjectProperty<>();
    public final StringProperty cardNumber = new SimpleStringProperty("");
    public final StringProperty oldCardNumber = new SimpleStringProperty("");
    public final StringProperty dossierNumber = new SimpleStringProperty("");
    public final StringProperty badgeNumber = new SimpleStringProperty("");
    public final StringProperty generalEducation = new SimpleStringProperty("");
    public final StringProperty professionalLevel = new SimpleStringProperty("");
    public final StringProperty politicalTheory = new SimpleStringProperty("");
    public final StringProperty foreignLanguage = new SimpleStringProperty("");
    public final StringProperty occupation = new SimpleStringProperty("");
    public final StringProperty occupationBefore = new SimpleStringProperty("");
    public final BooleanProperty retired = new SimpleBooleanProperty(false);
    public final BooleanProperty army = new SimpleBooleanProperty(false);
    public final BooleanProperty police = new SimpleBooleanProperty(false);
    public final StringProperty residenceDetail = new SimpleStringProperty("");
    public final StringProperty residenceCommune = new SimpleStringProperty("");
    public final StringProperty residenceProvince = new SimpleStringProperty("");
    public final StringProperty localAddress = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty note = new SimpleStringProperty("");

    /** Copies every field of the member into the properties. */
    public void fill(Member m) {
        Identity id = m.identity();
        fullName.set(id.fullName());
        otherName.set(id.otherName());
        gender.set(id.gender());
        birthDate.set(id.birthDate());
        ethnicity.set(id.ethnicity());
        religion.set(id.religion());
        fillAddress(id.hometown(), hometownDetail, hometownCommune, hometownProvince);
        personalId.set(id.personalId());
        fillParty(m.party());
        fillBackground(m.background());
        fillAddress(m.contact().permanentAddress(), residenceDetail, residenceCommune, residenceProvince);
        localAddress.set(m.contact().localAddress());
        phone.set(m.contact().phone());
        note.set(m.note());
    }

    private void fillParty(PartyRecord p) {
        admissionDate.set(p.admissionDate());
        officialDate.set(p.officialDate());
        cardNumber.set(p.cardNumber());
        oldCardNumber.set(p.oldCardNumber());
        dossierNumber.set(p.dossierNumber());
        badgeNumber.set(p.badgeNumber());
    }

    private void fillBackground(Background b) {
        generalEducation.set(b.generalEducation());
        professionalLevel.set(b.professionalLevel());
        politicalTheory.set(b.politicalTheory());
        foreignLanguage.set(b.foreignLanguage());
        occupation.set(b.occupation());
        occupationBefore.set(b.occupationBeforeJoining());
        retired.set(b.retired());
        army.set(b.army());
        police.set(b.police());
    }

    private static void fillAddress(Address a, StringProperty detail, StringProperty commune, StringProperty province) {
        detail.set(a.detail());
        commune.set(a.commune());
        province.set(a.province());
    }

    /** A member record with the given id built from the current field values (normalised to NFC). */
    public Member build(long id) {
        Identity identity = new Identity(fullName.get(), otherName.get(), gender.get(), birthDate.get(),
                ethnicity.get(), religion.get(), new Address(hometownDetail.get(), hometownCommune.get(),
                hometownProvince.get()), personalId.get());
        PartyRecord party = new PartyRecord(admissionDate.get(), officialDate.get(), cardNumber.get(),
                oldCardNumber.get(), dossierNumber.get(), badgeNumber.get());
        Background background = new Background(generalEducation.get(), professionalLevel.get(),
                politicalTheory.get(), foreignLanguage.get(), occupation.get(), occupationBefore.get(), retired.get(),
                army.get(), police.get());
        Contact contact = new Contact(new Address(residenceDetail.get(), residenceCommune.get(),
                residenceProvince.get()), localAddress.get(), phone.get());
        return new Member(id, identity, party, background, contact, note.get());
    }
}
