package vn.sochibo.ui.study;

import static vn.sochibo.testutil.Events.d;

import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;

/** Study sessions for the screen's tests, over the branch of RollFixtures (An, Bình, Dũng expected; Cường exempted). */
final class StudyUiFixtures {
    private StudyUiFixtures() {
    }

    static StudySession session(String symbol, String date, boolean reflection) {
        return new StudySession(0, symbol, "Nghị quyết Hội nghị lần thứ sáu", IssuingLevel.TRUNG_UONG,
                Organiser.WARD, d(date), "Hội trường phường", StudyForm.DIRECT, "Đồng chí Bí thư", reflection);
    }
}
