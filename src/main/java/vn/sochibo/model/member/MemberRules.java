package vn.sochibo.model.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.sochibo.model.Issue;

/** Field rules of the member form (rules.md §5.1, §10): each issue names its field. */
public final class MemberRules {
    /** Minimum age at the admission decision. */
    public static final int MIN_ADMISSION_AGE = 18;
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .\\-]{8,20}");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private MemberRules() {
    }

    /** All issues of one member's own fields on the given day ("today"). */
    public static List<Issue> check(Member m, LocalDate today) {
        List<Issue> issues = new ArrayList<>();
        checkIdentity(m.identity(), today, issues);
        checkParty(m.identity(), m.party(), today, issues);
        if (!m.contact().phone().isEmpty() && !PHONE.matcher(m.contact().phone()).matches()) {
            issues.add(Issue.error("member.field.phone", "validation.phone"));
        }
        return issues;
    }

    private static void checkIdentity(Identity id, LocalDate today, List<Issue> issues) {
        if (id.fullName().isEmpty()) {
            issues.add(Issue.error("member.field.fullName", "validation.required"));
        }
        if (id.gender() == null) {
            issues.add(Issue.error("member.field.gender", "validation.choose"));
        }
        checkPastDate("member.field.birthDate", id.birthDate(), today, true, issues);
        if (!id.personalId().isEmpty() && !TWELVE_DIGITS.matcher(id.personalId()).matches()) {
            issues.add(Issue.error("member.field.personalId", "validation.twelveDigits"));
        }
    }

    private static void checkParty(Identity id, PartyRecord p, LocalDate today, List<Issue> issues) {
        checkPastDate("member.field.admissionDate", p.admissionDate(), today, true, issues);
        checkPastDate("member.field.officialDate", p.officialDate(), today, false, issues);
        if (!p.cardNumber().isEmpty() && !TWELVE_DIGITS.matcher(p.cardNumber()).matches()) {
            issues.add(Issue.error("member.field.cardNumber", "validation.cardNumber"));
        }
        LocalDate birth = id.birthDate();
        LocalDate admission = p.admissionDate();
        if (birth != null && admission != null) {
            if (!admission.isAfter(birth)) {
                issues.add(Issue.error("member.field.admissionDate", "validation.admissionAfterBirth"));
            } else if (Period.between(birth, admission).getYears() < MIN_ADMISSION_AGE) {
                issues.add(Issue.error("member.field.admissionDate", "validation.admissionAge", MIN_ADMISSION_AGE));
            }
        }
        if (admission != null && p.officialDate() != null) {
            checkRecognition(admission, p.officialDate(), issues);
        }
    }

    private static void checkRecognition(LocalDate admission, LocalDate official, List<Issue> issues) {
        if (!official.isAfter(admission)) {
            issues.add(Issue.error("member.field.officialDate", "validation.officialAfterAdmission"));
            return;
        }
        long months = Period.between(admission, official).toTotalMonths();
        if (months < ProbationRules.PROBATION_MONTHS || months > ProbationRules.USUAL_RECOGNITION_MONTHS) {
            issues.add(Issue.warning("member.field.officialDate", "validation.officialUnusual", months));
        }
    }

    private static void checkPastDate(String field, LocalDate date, LocalDate today, boolean required,
                                      List<Issue> issues) {
        if (date == null) {
            if (required) {
                issues.add(Issue.error(field, "validation.dateRequired"));
            }
        } else if (date.isAfter(today)) {
            issues.add(Issue.error(field, "validation.notFuture"));
        } else if (date.isBefore(EARLIEST)) {
            issues.add(Issue.error(field, "validation.tooEarly"));
        }
    }
}
