package vn.sochibo.ui.member;

/** The member list's actions for tests that only load, search and scroll the list: each does nothing. */
final class NoMemberActions implements MemberActions {
    @Override
    public void create() {
    }

    @Override
    public void edit(MemberRow row) {
    }

    @Override
    public void importRoster() {
    }

    @Override
    public void exportRoster() {
    }
}
