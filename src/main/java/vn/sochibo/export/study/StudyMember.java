package vn.sochibo.export.study;

/** A member as the study workbook lists them: id, full name and status in words (such as "Chính thức"). */
public record StudyMember(long id, String fullName, String status) {
}
