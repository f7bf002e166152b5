package vn.sochibo.model.study;

/** The level that issued the document studied: Trung ương, Tỉnh ủy/Thành ủy, Đảng ủy phường, chi bộ. */
public enum IssuingLevel {
    TRUNG_UONG,
    TINH_UY,
    DANG_UY_PHUONG,
    CHI_BO
}
