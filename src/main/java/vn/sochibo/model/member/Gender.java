package vn.sochibo.model.member;

/** Sex as recorded in the register (giới tính). */
public enum Gender {
    MALE, FEMALE
}
