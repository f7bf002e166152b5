package vn.sochibo.service.branch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.Issue;
import vn.sochibo.model.ValidationException;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.BranchRules;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.store.BranchRepository;
import vn.sochibo.store.Database;
import vn.sochibo.store.MemberRepository;

/** The branch profile: read, check and save it with its officers. */
public final class BranchService {
    private final Database db;
    private final BranchRepository branches = new BranchRepository();
    private final MemberRepository members = new MemberRepository();

    public BranchService(Database db) {
        this.db = db;
    }

    /** The profile, or empty on a database where no branch was created yet. */
    public Optional<BranchProfile> profile() {
        return db.read(branches::load);
    }

    public boolean exists() {
        return profile().isPresent();
    }

    public List<Issue> check(BranchProfile p) {
        List<Issue> issues = new ArrayList<>(BranchRules.check(p));
        db.read(c -> {
            for (Officer o : p.officers()) {
                if (members.find(c, o.memberId()).isEmpty()) {
                    issues.add(Issue.error("branch.field.officers", "member.error.notFound"));
                }
            }
            return null;
        });
        return issues;
    }

    public BranchProfile save(BranchProfile p) {
        List<Issue> issues = check(p);
        if (Issue.anyError(issues)) {
            throw new ValidationException(issues);
        }
        db.write(c -> {
            branches.save(c, p);
            return null;
        });
        return p;
    }
}
