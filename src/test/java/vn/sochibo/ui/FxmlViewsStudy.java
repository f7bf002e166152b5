package vn.sochibo.ui;

import java.util.Map;
import java.util.concurrent.Callable;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.study.StudyActions;
import vn.sochibo.ui.study.StudyEditDialogController;
import vn.sochibo.ui.study.StudyEditDialogViewModel;
import vn.sochibo.ui.study.StudyListController;
import vn.sochibo.ui.study.StudyListViewModel;
import vn.sochibo.ui.study.StudyRollController;
import vn.sochibo.ui.study.StudyRollViewModel;

/** The study screens' views for FxmlViewsTest. */
final class FxmlViewsStudy {
    private FxmlViewsStudy() {
    }

    static void add(Map<String, Callable<FxmlController>> views, TestUi t, Services services) {
        views.put("StudyListView.fxml", () -> new StudyListController(t.ui,
                new StudyListViewModel(services.study(), t.ui), nothing()));
        views.put("StudyEditDialogView.fxml", () -> new StudyEditDialogController(t.ui,
                new StudyEditDialogViewModel(services.study(), t.ui, StudyEditDialogViewModel.fresh(TestUi.TODAY))));
        views.put("StudyRollView.fxml", () -> new StudyRollController(t.ui,
                new StudyRollViewModel(services.study(), t.ui, 1)));
    }

    private static StudyActions nothing() {
        return new StudyActions() {
            @Override
            public void add() {
            }

            @Override
            public void edit(StudySession s) {
            }

            @Override
            public void roll(StudySession s) {
            }

            @Override
            public void exportYear(int year) {
            }

            @Override
            public void exportSession(StudySession s) {
            }

            @Override
            public void printList(StudySession s) {
            }

            @Override
            public void saveList(StudySession s) {
            }
        };
    }
}
