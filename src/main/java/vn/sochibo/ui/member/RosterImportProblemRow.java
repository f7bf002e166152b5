package vn.sochibo.ui.member;

/** One problem of the import preview: where (row, and the sheet when not the member sheet), column, level, message. */
public record RosterImportProblemRow(String row, String column, String level, String message, boolean error) {
}
