package vn.sochibo.model.study;

/** How a study session was held: in person (trực tiếp) or online (trực tuyến). */
public enum StudyForm {
    DIRECT,
    ONLINE
}
