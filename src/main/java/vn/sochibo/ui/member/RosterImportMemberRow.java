package vn.sochibo.ui.member;

import java.time.LocalDate;

/** One member found in the file, as listed in the import preview; {@code problem} says "Lỗi" when the row has errors. */
public record RosterImportMemberRow(int row, String fullName, LocalDate birthDate, String cardNumber,
                                    LocalDate admissionDate, String status, String problem) {
}
