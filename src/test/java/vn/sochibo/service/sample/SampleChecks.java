package vn.sochibo.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.Issue;
import vn.sochibo.model.member.EventRules;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberRules;

/** What the member form and the event dialog would say about a generated member: nothing, if all is well. */
final class SampleChecks {
    private SampleChecks() {
    }

    /** Every issue (errors and warnings) of the member's fields, the whole history and each event on its own. */
    static List<String> problems(MemberHistory h, LocalDate today) {
        List<Issue> issues = new ArrayList<>(MemberRules.check(h.member(), today));
        issues.addAll(EventRules.checkHistory(h.member(), h.events()));
        for (MemberEvent e : h.events()) {
            List<MemberEvent> others = h.events().stream().filter(o -> o != e).toList();
            issues.addAll(EventRules.check(h.member(), others, e, today));
        }
        return issues.stream().map(i -> h.member().fullName() + " " + h.events() + ": " + i).toList();
    }

    /** Problems of a whole sample, at most a few listed. */
    static List<String> problems(List<MemberHistory> sample, LocalDate today) {
        return sample.stream().flatMap(h -> problems(h, today).stream()).limit(5).toList();
    }
}
