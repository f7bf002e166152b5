package vn.sochibo.ui.study;

import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.ui.common.Screen;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.print.PrintPreview;

/**
 * The study sessions screen (học tập, quán triệt nghị quyết): the year's sessions, the form, the roll in its own
 * window, the document panel, Excel and Word exports and the printed attendance list.
 */
public final class StudyScreen implements Screen, StudyActions {
    private final UiContext ui;
    private final Services services;
    private final Supplier<Window> owner;
    private final StudyListViewModel vm;
    private final StudyExports exports;
    private final StudyListController view;

    private StudyScreen(UiContext ui, Services services, Supplier<Window> owner) {
        this.ui = ui;
        this.services = services;
        this.owner = owner;
        this.vm = new StudyListViewModel(services.study(), ui);
        this.exports = new StudyExports(ui, services.studyDocuments());
        this.view = new StudyListController(ui, vm, this);
    }

    /** The screen over the open database; {@code owner} is the window its dialogs belong to. */
    public static StudyScreen create(UiContext ui, Services services, Supplier<Window> owner) {
        return new StudyScreen(ui, services, owner);
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void refresh() {
        vm.load();
    }

    /** Shows the year of the session with the id and chooses it. */
    public void reveal(long sessionId) {
        vm.reveal(sessionId);
    }

    @Override
    public void add() {
        int year = vm.yearProperty().get();
        openForm(StudyEditDialogViewModel.fresh(ui.today().getYear() == year ? ui.today()
                : java.time.LocalDate.of(year, 1, 1)));
    }

    @Override
    public void edit(StudySession s) {
        openForm(s);
    }

    private void openForm(StudySession s) {
        StudyEditDialogViewModel form = new StudyEditDialogViewModel(services.study(), ui, s);
        StudyEditDialogController.open(ui, owner.get(), form).ifPresent(vm::showSaved);
    }

    @Override
    public void roll(StudySession s) {
        StudyRollViewModel rollVm = new StudyRollViewModel(services.study(), ui, s.id());
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle(ui.i18n().tr("study.ui.window.roll"));
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StudyRollController(ui, rollVm).root(), screen.getWidth(), screen.getHeight());
        Styles.apply(scene, ui.settings());
        stage.setScene(scene);
        stage.setMaximized(true);
        stage.setOnHidden(e -> vm.load());
        rollVm.load();
        stage.show();
    }

    @Override
    public void exportYear(int year) {
        exports.year(year);
    }

    @Override
    public void exportSession(StudySession s) {
        exports.session(s);
    }

    @Override
    public void printList(StudySession s) {
        try {
            PrintPreview.show(ui, owner.get(), services.studyDocuments().attendanceList(s.id()),
                    ui.i18n().tr("study.ui.print.title"), () -> exports.attendanceList(s));
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
        }
    }

    @Override
    public void saveList(StudySession s) {
        exports.attendanceList(s);
    }
}
