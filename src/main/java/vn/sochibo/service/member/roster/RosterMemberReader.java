package vn.sochibo.service.member.roster;

import static vn.sochibo.service.member.roster.RosterField.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.PartyRecord;
import vn.sochibo.model.text.Texts;

/**
 * Builds a member from one row, from plain columns or from the combined cells of Mẫu 7-HSĐV (several values on
 * separate lines), recording every value that cannot be read as a problem on its column.
 */
final class RosterMemberReader {
    private RosterMemberReader() {
    }

    static Member read(RowRead r) {
        return new Member(0, identity(r), party(r), background(r), contact(r), RosterCells.text(r.cell(NOTE)));
    }

    private static Identity identity(RowRead r) {
        List<String> nameLines = nameLines(r);
        String fullName = RosterCells.line(nameLines, 0);
        r.source("member.field.fullName", FULL_NAME);
        List<String> extra = nameLines.size() > 1 ? nameLines.subList(1, nameLines.size()) : List.of();
        LocalDate birth = birthDate(r, extra);
        String otherName = r.has(OTHER_NAME) ? r.text(OTHER_NAME) : otherNameFrom(extra);
        List<String> m7 = RosterCells.lines(r.cell(M7_IDENTITY));
        boolean genderFirst = !m7.isEmpty() && (m7.get(0).isEmpty() || RosterCells.isGender(m7.get(0)));
        List<String> words = genderFirst ? m7.subList(1, m7.size()) : m7;
        String ethnicity = r.has(ETHNICITY) ? r.text(ETHNICITY) : RosterCells.line(words, 0);
        String religion = r.has(RELIGION) ? r.text(RELIGION) : RosterCells.line(words, 1);
        String id = r.value(RosterCells.twelveDigits(r.cell(PERSONAL_ID)), PERSONAL_ID);
        r.source("member.field.personalId", PERSONAL_ID);
        return new Identity(fullName, otherName, gender(r, m7), birth, ethnicity, religion, hometown(r), id);
    }

    /** The name cell's lines; Mẫu 7 writes the name, then the other name and the birth date under it. */
    private static List<String> nameLines(RowRead r) {
        String text = RosterCells.text(r.cell(FULL_NAME)).replace("\r", "");
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!Texts.isBlank(line)) {
                lines.add(Texts.clean(line));
            }
        }
        return lines;
    }

    private static LocalDate birthDate(RowRead r, List<String> nameExtra) {
        String field = "member.field.birthDate";
        for (RosterField f : List.of(BIRTH_DATE, MALE_BIRTH_DATE, FEMALE_BIRTH_DATE)) {
            if (r.cell(f) != null) {
                r.source(field, f);
                return r.value(RosterDates.parse(r.cell(f)), f);
            }
        }
        r.source(field, r.has(BIRTH_DATE) ? BIRTH_DATE : FULL_NAME);
        for (String line : nameExtra) {
            RosterDates.DatesAndText found = RosterDates.split(line);
            if (found.problem() != null || !found.dates().isEmpty()) {
                return found.problem() != null ? r.value(found.problem(), FULL_NAME) : found.date(0);
            }
        }
        return null;
    }

    private static String otherNameFrom(List<String> nameExtra) {
        for (String line : nameExtra) {
            RosterDates.DatesAndText found = RosterDates.split(line);
            if (found.dates().isEmpty() && found.problem() == null) {
                String bare = line.replaceAll("^[(\\[]|[)\\]]$", "");
                return bare.replaceFirst("(?iu)^(tên gọi khác|tên khai sinh|khai sinh|bí danh)\\s*:?\\s*", "");
            }
        }
        return "";
    }

    private static Gender gender(RowRead r, List<String> m7) {
        String field = "member.field.gender";
        if (r.has(GENDER)) {
            r.source(field, GENDER);
            return r.value(RosterCells.gender(r.cell(GENDER)), GENDER);
        }
        if (r.has(MALE_MARK) || r.has(FEMALE_MARK)) {
            r.source(field, r.has(MALE_MARK) ? MALE_MARK : FEMALE_MARK);
            return fromMarks(r);
        }
        if (r.has(M7_IDENTITY)) {
            r.source(field, M7_IDENTITY);
            String word = m7.stream().filter(RosterCells::isGender).findFirst().orElse("");
            return RosterCells.gender(word).value();
        }
        if (r.has(MALE_BIRTH_DATE) || r.has(FEMALE_BIRTH_DATE)) {
            r.source(field, r.has(MALE_BIRTH_DATE) ? MALE_BIRTH_DATE : FEMALE_BIRTH_DATE);
            return r.cell(MALE_BIRTH_DATE) != null ? Gender.MALE : r.cell(FEMALE_BIRTH_DATE) != null ? Gender.FEMALE : null;
        }
        return null;
    }

    private static Gender fromMarks(RowRead r) {
        boolean male = RosterCells.mark(r.cell(MALE_MARK));
        boolean female = RosterCells.mark(r.cell(FEMALE_MARK));
        if (male && female) {
            r.error(MALE_MARK, "roster.gender.both");
            return null;
        }
        return male ? Gender.MALE : female ? Gender.FEMALE : null;
    }

    private static Address hometown(RowRead r) {
        if (r.has(HOMETOWN_DETAIL) || r.has(HOMETOWN_COMMUNE) || r.has(HOMETOWN_PROVINCE)) {
            return new Address(r.text(HOMETOWN_DETAIL), r.text(HOMETOWN_COMMUNE), r.text(HOMETOWN_PROVINCE));
        }
        return RosterCells.address(r.text(HOMETOWN));
    }

    private static PartyRecord party(RowRead r) {
        RosterDates.DatesAndText m7 = RosterDates.split(r.cell(M7_PARTY_DATES));
        if (m7.problem() != null) {
            r.value(m7.problem(), M7_PARTY_DATES);
        }
        LocalDate admission = partyDate(r, ADMISSION_DATE, "member.field.admissionDate", m7.date(0));
        LocalDate official = partyDate(r, OFFICIAL_DATE, "member.field.officialDate", m7.date(1));
        List<String> numbers = RosterCells.lines(r.cell(M7_NUMBERS));
        String card = r.has(CARD_NUMBER) ? r.value(RosterCells.twelveDigits(r.cell(CARD_NUMBER)), CARD_NUMBER)
                : RosterCells.line(numbers, 0);
        r.source("member.field.cardNumber", r.has(CARD_NUMBER) ? CARD_NUMBER : M7_NUMBERS);
        String dossier = r.has(DOSSIER_NUMBER) ? r.text(DOSSIER_NUMBER) : RosterCells.line(numbers, 1);
        String badge = r.has(BADGE_NUMBER) ? r.text(BADGE_NUMBER) : RosterCells.line(numbers, 2);
        return new PartyRecord(admission, official, card, r.text(OLD_CARD_NUMBER), dossier, badge);
    }

    private static LocalDate partyDate(RowRead r, RosterField own, String fieldKey, LocalDate fromM7) {
        if (r.has(own)) {
            r.source(fieldKey, own);
            return r.value(RosterDates.parse(r.cell(own)), own);
        }
        r.source(fieldKey, M7_PARTY_DATES);
        return fromM7;
    }

    private static Background background(RowRead r) {
        // Mẫu 7 column 5 lists: văn hóa, lý luận, chuyên môn nghiệp vụ, ngoại ngữ
        List<String> edu = RosterCells.lines(r.cell(M7_EDUCATION));
        List<String> jobs = RosterCells.lines(r.cell(M7_OCCUPATIONS));
        String service = Texts.fold(r.text(M7_SERVICE));
        return new Background(
                pick(r, GENERAL_EDUCATION, edu, 0), pick(r, PROFESSIONAL_LEVEL, edu, 2),
                pick(r, POLITICAL_THEORY, edu, 1), pick(r, FOREIGN_LANGUAGE, edu, 3),
                pick(r, OCCUPATION, jobs, 1), pick(r, OCCUPATION_BEFORE, jobs, 0),
                r.has(RETIRED) ? RosterCells.mark(r.cell(RETIRED)) : service.contains("huu"),
                r.has(ARMY) ? RosterCells.mark(r.cell(ARMY)) : service.contains("bo doi") || service.contains("quan doi"),
                r.has(POLICE) ? RosterCells.mark(r.cell(POLICE)) : service.contains("cong an"));
    }

    private static String pick(RowRead r, RosterField own, List<String> combined, int index) {
        return r.has(own) ? r.text(own) : RosterCells.line(combined, index);
    }

    private static Contact contact(RowRead r) {
        Address residence = r.has(RESIDENCE_DETAIL) || r.has(RESIDENCE_COMMUNE) || r.has(RESIDENCE_PROVINCE)
                ? new Address(r.text(RESIDENCE_DETAIL), r.text(RESIDENCE_COMMUNE), r.text(RESIDENCE_PROVINCE))
                : RosterCells.address(r.text(RESIDENCE));
        r.source("member.field.phone", PHONE);
        return new Contact(residence, r.text(LOCAL_ADDRESS), RosterCells.phone(r.cell(PHONE)));
    }
}
