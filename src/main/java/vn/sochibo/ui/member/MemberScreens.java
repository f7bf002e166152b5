package vn.sochibo.ui.member;

import java.util.function.Supplier;
import javafx.stage.Window;
import vn.sochibo.service.Services;
import vn.sochibo.ui.common.UiContext;

/** Opens the member forms and runs roster import and export for the member list. */
public final class MemberScreens implements MemberActions {
    private final UiContext ui;
    private final Services services;
    private final MemberListViewModel list;
    private final Supplier<Window> owner;

    public MemberScreens(UiContext ui, Services services, MemberListViewModel list, Supplier<Window> owner) {
        this.ui = ui;
        this.services = services;
        this.list = list;
        this.owner = owner;
    }

    @Override
    public void create() {
        MemberEditDialogController.open(ui, owner.get(), services.members(), 0).ifPresent(this::reloadAndSelect);
    }

    @Override
    public void edit(MemberRow row) {
        if (row == null) {
            ui.dialogs().showInfo(ui.i18n().tr("member.list.chooseFirst"));
            return;
        }
        MemberEditDialogController.open(ui, owner.get(), services.members(), row.id()).ifPresent(this::reloadAndSelect);
    }

    @Override
    public void importRoster() {
        if (RosterImportDialogController.show(ui, owner.get(), services)) {
            list.load();
        }
    }

    @Override
    public void exportRoster() {
        RosterExportAction.run(ui, services);
    }

    private void reloadAndSelect(long memberId) {
        list.load();
        list.rows().addListener(new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends MemberRow> change) {
                list.rows().removeListener(this);
                list.select(memberId);
            }
        });
    }
}
