package vn.sochibo.ui.meeting;

/** A person offered in a meeting form: a member (id > 0), nobody (0), or the branch committee (-1, tasks only). */
public record PersonChoice(long id, String label) {
    public static final long NOBODY = 0;
    public static final long COMMITTEE = -1;

    /** The member id, or null for nobody and the committee. */
    public Long memberId() {
        return id > 0 ? id : null;
    }

    @Override
    public String toString() {
        return label;
    }
}
