package vn.sochibo.ui.branch;

/** A member offered for a post, shown as "Full name (dd/mm/yyyy)"; id 0 stands for "nobody chosen". */
public record MemberChoice(long id, String name, String label) {
    /** True for the "nobody chosen" entry. */
    public boolean isNone() {
        return id == 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
