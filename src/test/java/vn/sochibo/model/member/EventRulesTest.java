package vn.sochibo.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;
import static vn.sochibo.testutil.Events.period;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.Issue;
import vn.sochibo.testutil.MemberBuilder;

class EventRulesTest {
    private static final LocalDate TODAY = d("2026-11-21");
    private final Member official = MemberBuilder.member().build();
    private final Member probationary = MemberBuilder.member().born(d("1990-01-01")).admitted(d("2026-01-05"))
            .official(null).build();

    private static String firstKey(List<Issue> issues) {
        return issues.isEmpty() ? null : issues.get(0).key();
    }

    @Test
    void check_eventAfterDeath_isRefused() {
        List<MemberEvent> history = List.of(event(EventType.ADMITTED, "1975-05-19"), event(EventType.DECEASED,
                "2025-01-01"));
        assertEquals("validation.event.afterDeath", firstKey(EventRules.check(official, history,
                event(EventType.EXEMPTED, "2025-06-01"), TODAY)));
    }

    @Test
    void check_backDatedDeathBeforeALaterEvent_isRefused() {
        List<MemberEvent> history = List.of(event(EventType.ADMITTED, "1975-05-19"), event(EventType.EXEMPTED,
                "2025-06-01"));
        assertEquals("validation.event.afterDeath", firstKey(EventRules.check(official, history,
                event(EventType.DECEASED, "2025-01-01"), TODAY)));
    }

    @Test
    void check_recognitionOfMemberNeverProbationary_isRefused() {
        Member neverAdmitted = MemberBuilder.member().admitted(null).official(null).build();
        assertEquals("validation.event.neverProbationary", firstKey(EventRules.check(neverAdmitted,
                List.of(), event(EventType.RECOGNISED_OFFICIAL, "2020-01-01"), TODAY)));
    }

    @Test
    void check_recognitionOfProbationaryMember_isAccepted() {
        assertEquals(List.of(), EventRules.check(probationary, List.of(event(EventType.ADMITTED, "2026-01-05")),
                event(EventType.RECOGNISED_OFFICIAL, "2026-11-20"), TODAY));
    }

    @Test
    void check_returnWithoutTemporaryTransfer_isRefused() {
        assertEquals("validation.event.notOut", firstKey(EventRules.check(official,
                List.of(event(EventType.ADMITTED, "1975-05-19")), event(EventType.RETURNED, "2026-01-01"), TODAY)));
    }

    @Test
    void check_temporaryTransferWithoutEndDate_namesTheEndDate() {
        List<Issue> issues = EventRules.check(official, List.of(event(EventType.ADMITTED, "1975-05-19")),
                event(EventType.TRANSFERRED_OUT_TEMPORARILY, "2026-01-01"), TODAY);
        assertEquals("event.field.endDate", issues.get(0).field());
    }

    @Test
    void check_exemptionWithoutReason_namesTheReason() {
        MemberEvent noReason = event(EventType.EXEMPTED, "2026-01-01").withReason("");
        List<Issue> issues = EventRules.check(official, List.of(event(EventType.ADMITTED, "1975-05-19")), noReason,
                TODAY);
        assertEquals("event.field.reason", issues.get(0).field());
    }

    @Test
    void check_futureEvent_isRefused() {
        assertEquals("validation.notFuture", firstKey(EventRules.check(official,
                List.of(event(EventType.ADMITTED, "1975-05-19")), event(EventType.EXEMPTED, "2027-01-01"), TODAY)));
    }

    @Test
    void check_secondAdmissionWhileMember_isRefused() {
        assertEquals("validation.event.alreadyMember", firstKey(EventRules.check(official,
                List.of(event(EventType.ADMITTED, "1975-05-19")), event(EventType.ADMITTED, "1990-01-01"), TODAY)));
    }

    @Test
    void check_transferInBeforeAdmissionDate_isRefused() {
        assertEquals("validation.event.beforeAdmission", firstKey(EventRules.check(official, List.of(),
                event(EventType.TRANSFERRED_IN, "1970-01-01"), TODAY)));
    }

    @Test
    void check_returnAfterTemporaryTransfer_isAccepted() {
        List<MemberEvent> history = List.of(event(EventType.ADMITTED, "1975-05-19"),
                period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2025-09-01", "2026-03-01"));
        assertEquals(List.of(), EventRules.check(official, history, event(EventType.RETURNED, "2026-02-01"), TODAY));
    }

    @Test
    void checkRemoval_ofTheTransferThatAReturnNeeds_isRefused() {
        MemberEvent out = period(EventType.TRANSFERRED_OUT_TEMPORARILY, "2025-09-01", "2026-03-01");
        List<MemberEvent> history = List.of(event(EventType.ADMITTED, "1975-05-19"), out,
                event(EventType.RETURNED, "2026-02-01"));
        assertTrue(Issue.anyError(EventRules.checkRemoval(official, history, out)));
    }

    @Test
    void check_editingAnEventKeepsItsId_replacesInsteadOfDuplicating() {
        MemberEvent exempted = event(EventType.EXEMPTED, "2024-01-01");
        List<MemberEvent> history = List.of(event(EventType.ADMITTED, "1975-05-19"), exempted);
        assertEquals(List.of(), EventRules.check(official, history, exempted.withDate(d("2024-02-01")), TODAY));
    }
}
