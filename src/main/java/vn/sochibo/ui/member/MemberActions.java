package vn.sochibo.ui.member;

/** What the member list asks of the rest of the window: open forms and run imports and exports. */
public interface MemberActions {
    void create();

    void edit(MemberRow row);

    void importRoster();

    void exportRoster();
}
