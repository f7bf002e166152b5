package vn.sochibo.ui.member;

import java.util.Optional;
import javafx.stage.Window;
import vn.sochibo.service.member.MemberService;
import vn.sochibo.ui.common.UiContext;

/** The member form (placeholder). */
public final class MemberEditDialogController {
    private MemberEditDialogController() {
    }

    public static Optional<Long> open(UiContext ui, Window owner, MemberService service, long memberId) {
        return Optional.empty();
    }
}
