package vn.sochibo.model.branch;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.Issue;

/** Field rules of the branch profile form. */
public final class BranchRules {
    private BranchRules() {
    }

    public static List<Issue> check(BranchProfile p) {
        List<Issue> issues = new ArrayList<>();
        if (p.superiorName().isEmpty()) {
            issues.add(Issue.error("branch.field.superiorName", "validation.required"));
        }
        if (p.branchName().isEmpty()) {
            issues.add(Issue.error("branch.field.branchName", "validation.required"));
        }
        if (p.placeName().isEmpty()) {
            issues.add(Issue.error("branch.field.placeName", "validation.required"));
        }
        if (p.termStart() != null && p.termEnd() != null && !p.termEnd().isAfter(p.termStart())) {
            issues.add(Issue.error("branch.field.termEnd", "validation.endAfterStart"));
        }
        if (p.holders(OfficerRole.SECRETARY).size() > 1) {
            issues.add(Issue.error("branch.field.secretary", "validation.oneSecretary"));
        }
        checkMargins(p.documents(), issues);
        return issues;
    }

    private static void checkMargins(DocumentSettings d, List<Issue> issues) {
        int[] margins = {d.marginTop(), d.marginBottom(), d.marginLeft(), d.marginRight()};
        for (int m : margins) {
            if (m < 5 || m > 50) {
                issues.add(Issue.error("branch.field.margins", "validation.margins", 5, 50));
                return;
            }
        }
    }
}
