package vn.sochibo.model.study;

/** Who organised a study session: the ward (Đảng ủy phường) or the branch itself. */
public enum Organiser {
    WARD,
    BRANCH
}
