package vn.sochibo.ui.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.meeting.MeetingServices;
import vn.sochibo.ui.common.ScrollIntoView;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** Opens the meeting form, the agenda editor and the template editor from the meetings screen. */
public final class MeetingDialogs {
    private final UiContext ui;
    private final MeetingServices services;
    private final Supplier<List<MemberHistory>> members;
    private final Supplier<BranchProfile> profile;
    private final Supplier<Window> owner;

    /** Dialogs over the services; {@code profile} may give null when the branch has no profile yet. */
    public MeetingDialogs(UiContext ui, MeetingServices services, Supplier<List<MemberHistory>> members,
                          Supplier<BranchProfile> profile, Supplier<Window> owner) {
        this.ui = ui;
        this.services = services;
        this.members = members;
        this.profile = profile;
        this.owner = owner;
    }

    /** A new regular meeting on the branch's usual time and place, today unless the year shown is another. */
    public void create(MeetingListViewModel list) {
        int year = list.yearProperty().get();
        LocalDate day = ui.today().getYear() == year ? ui.today() : LocalDate.of(year, 1, 1);
        BranchProfile p = profile.get();
        Meeting fresh = Meeting.planned(MeetingType.REGULAR, day, p == null ? null : p.meetingTime(),
                p == null ? "" : p.meetingPlace());
        openForm(list, fresh);
    }

    /** The form over an existing meeting. */
    public void edit(MeetingListViewModel list, Meeting meeting) {
        openForm(list, meeting);
    }

    private void openForm(MeetingListViewModel list, Meeting meeting) {
        List<PersonChoice> people = people(meeting);
        MeetingEditDialogViewModel vm = new MeetingEditDialogViewModel(services.meetings(), ui, meeting, people);
        MeetingEditDialogController.open(ui, owner.get(), vm).ifPresent(saved -> {
            list.yearProperty().set(saved.date().getYear());
            list.load();
            list.select(saved.id());
        });
    }

    /** The agenda editor of the meeting; the list is reloaded afterwards. */
    public void agenda(MeetingListViewModel list, Meeting meeting) {
        AgendaViewModel vm = new AgendaViewModel(services.agenda(), ui, meeting, people(meeting));
        AgendaController view = new AgendaController(ui, vm);
        vm.load();
        show(vm.title(), view.root());
        list.load();
    }

    /** The template editor. */
    public void templates() {
        AgendaTemplateViewModel vm = new AgendaTemplateViewModel(services.agenda(), ui);
        AgendaTemplateController view = new AgendaTemplateController(ui, vm);
        vm.typeProperty().set(MeetingType.REGULAR);
        show(ui.i18n().tr("meeting.template.title"), view.root());
    }

    private List<PersonChoice> people(Meeting meeting) {
        return People.on(members.get(), meeting.date(), ui.i18n().tr("meeting.edit.nobody"), meeting.chairId(),
                meeting.minuteTakerId());
    }

    private void show(String title, Parent content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setResizable(true);
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(ui.i18n().tr("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        ScrollIntoView.install(scroll);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(Styles.SHEET);
        Styles.apply(dialog.getDialogPane(), ui.settings());
        fitOnScreen(dialog, scroll, content);
        dialog.showAndWait();
    }

    /** Large text on a small screen: the dialog keeps its buttons on screen and the form scrolls instead. */
    private static void fitOnScreen(Dialog<ButtonType> dialog, ScrollPane scroll, Parent content) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        dialog.getDialogPane().applyCss();
        double wanted = content.prefHeight(-1);
        double room = screen.getHeight() - 160;
        scroll.setPrefViewportHeight(Math.min(wanted, room));
        scroll.setPrefViewportWidth(content.prefWidth(-1));
    }
}
