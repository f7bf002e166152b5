package vn.sochibo.ui.branch;

import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.ui.common.UiContext;

/** The branch profile form (placeholder until the form is written). */
public final class BranchProfileDialogController {
    private BranchProfileDialogController() {
    }

    /** Shows the form filled from {@code current} (null for a new branch); returns the checked profile. */
    public static Optional<BranchProfile> edit(UiContext ui, Window owner, BranchProfile current,
                                               List<MemberHistory> members) {
        return Optional.empty();
    }
}
