package vn.sochibo.ui.home;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.service.Services;
import vn.sochibo.service.home.HomeCharts;
import vn.sochibo.service.home.HomeService;
import vn.sochibo.service.reminder.ReminderService;
import vn.sochibo.ui.common.Screen;
import vn.sochibo.ui.common.UiContext;

/** The home screen: reminders computed from the branch's data and charts. */
public final class HomeScreen implements Screen {
    private final HomeViewModel vm;
    private final HomeController controller;

    private HomeScreen(HomeViewModel vm, HomeController controller) {
        this.vm = vm;
        this.controller = controller;
    }

    /** The screen over the open database; {@code owner} is the window its dialogs belong to. */
    public static HomeScreen create(UiContext ui, Services services, Supplier<Window> owner,
                                    HomeNavigator navigator) {
        HomeViewModel vm = new HomeViewModel(ui, source(services), navigator);
        return new HomeScreen(vm, new HomeController(ui, vm, owner));
    }

    /** What the screen reads from the open database. */
    public static HomeSource source(Services services) {
        return new HomeSource() {
            @Override
            public List<Reminder> reminders(LocalDate day) {
                return new ReminderService(services).on(day);
            }

            @Override
            public HomeCharts charts(LocalDate day) {
                return new HomeService(services).charts(day);
            }
        };
    }

    /** Runs the action once the next load has shown the reminders. */
    public void afterRemindersShown(Runnable action) {
        vm.afterNextLoad(action);
    }

    @Override
    public Parent root() {
        return controller.root();
    }

    @Override
    public void refresh() {
        vm.load();
    }
}
