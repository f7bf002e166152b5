package vn.sochibo.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sochibo.model.Issue;
import vn.sochibo.testutil.MemberBuilder;

class MemberRulesTest {
    private static final LocalDate TODAY = d("2026-11-21");

    static Stream<Arguments> errors() {
        return Stream.of(
            Arguments.of("empty name", MemberBuilder.member().name("  "), "member.field.fullName",
                    "validation.required"),
            Arguments.of("admission before birth", MemberBuilder.member().born(d("1980-01-01"))
                    .admitted(d("1979-01-01")).official(null), "member.field.admissionDate",
                    "validation.admissionAfterBirth"),
            Arguments.of("admitted at 17", MemberBuilder.member().born(d("2000-06-02")).admitted(d("2018-06-01"))
                    .official(null), "member.field.admissionDate", "validation.admissionAge"),
            Arguments.of("official before admission", MemberBuilder.member().official(d("1975-01-01")),
                    "member.field.officialDate", "validation.officialAfterAdmission"),
            Arguments.of("CCCD of 11 digits", MemberBuilder.member().personalId("00108500123"),
                    "member.field.personalId", "validation.twelveDigits"),
            Arguments.of("CCCD with letters", MemberBuilder.member().personalId("00108500123A"),
                    "member.field.personalId", "validation.twelveDigits"),
            Arguments.of("card of 8 digits", MemberBuilder.member().card("12345678"), "member.field.cardNumber",
                    "validation.cardNumber"),
            Arguments.of("birth in the future", MemberBuilder.member().born(d("2027-01-01")),
                    "member.field.birthDate", "validation.notFuture"),
            Arguments.of("missing admission date", MemberBuilder.member().admitted(null).official(null),
                    "member.field.admissionDate", "validation.dateRequired"),
            Arguments.of("phone with letters", MemberBuilder.member().phone("09abc12345"), "member.field.phone",
                    "validation.phone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void check_badField_namesTheFieldAndWhatIsExpected(String name, MemberBuilder b, String field, String key) {
        List<Issue> issues = MemberRules.check(b.build(), TODAY);
        assertTrue(issues.stream().anyMatch(i -> i.isError() && i.field().equals(field) && i.key().equals(key)),
                () -> "got " + issues);
    }

    @Test
    void check_validMember_hasNoIssue() {
        assertEquals(List.of(), MemberRules.check(MemberBuilder.member().personalId("001050001234")
                .card("012345678901").phone("0912 345 678").build(), TODAY));
    }

    @Test
    void check_admittedOnEighteenthBirthday_isAccepted() {
        Member m = MemberBuilder.member().born(d("2000-06-01")).admitted(d("2018-06-01")).official(null).build();
        assertEquals(List.of(), MemberRules.check(m, TODAY));
    }

    @Test
    void check_recognitionTwoYearsAfterAdmission_warnsButDoesNotBlock() {
        Member m = MemberBuilder.member().official(d("1977-06-01")).build();
        List<Issue> issues = MemberRules.check(m, TODAY);
        assertEquals(1, issues.size());
        assertEquals(Issue.Severity.WARNING, issues.get(0).severity());
        assertEquals("validation.officialUnusual", issues.get(0).key());
    }
}
