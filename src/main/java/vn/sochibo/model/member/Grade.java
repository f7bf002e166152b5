package vn.sochibo.model.member;

/** Probationary (dự bị) or official (chính thức) member. */
public enum Grade {
    PROBATIONARY, OFFICIAL
}
