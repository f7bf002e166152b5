package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;

/**
 * Archives built to hurt (zip bombs, 200,000 rows, endless cells) and odd but harmless ones (sheets with nothing,
 * XML entity tricks): each is refused within seconds with one clear message, never a crash, a hang or a write.
 */
class RosterHostileInputTest extends RosterDatabaseTest {
    private static final long FEW_SECONDS = 5_000;
    @AfterEach
    void nothingWritten() {
        assertEquals(0, services.members().count(), "nothing may be written");
    }

    @Test
    void preview_zipBombInTheSheet_isRefusedQuicklyByTheInflationGuard() {
        long inflated = 128L << 20;
        Path file = HostileXlsx.bomb(dir.resolve("bom.xlsx"), w -> {
            w.write("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>");
            // blank space between rows: no cell grows, so only the guard on inflation can stop it
            HostileXlsx.repeat(w, " ", inflated);
            w.write("</sheetData>");
        }, null);
        assertTrue(sizeOf(file) < inflated / 500, "a real bomb: " + sizeOf(file) + " bytes inflate to 128 MB");
        refusedQuickly("roster.error.tooLarge", file, "Tệp bom.xlsx quá lớn hoặc có cấu trúc bất thường nên không đọc "
                + "(để bảo vệ máy). Hãy chép riêng danh sách sang một tệp mới.");
    }

    @Test
    void preview_zipBombInOneCell_isRefusedQuicklyAsTooLarge() {
        Path file = HostileXlsx.bomb(dir.resolve("bom-o.xlsx"), w -> {
            w.write("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            HostileXlsx.repeat(w, "A", 64L << 20);
            w.write("</t></is></c></row></sheetData>");
        }, null);
        refusedQuickly("roster.error.tooLarge", file, null);
    }

    @Test
    void preview_zipBombInTheSharedStrings_isRefusedQuicklyAsTooLarge() {
        Path file = HostileXlsx.bomb(dir.resolve("bom-chuoi.xlsx"),
                w -> w.write("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"),
                w -> {
                    w.write("<si><t>");
                    HostileXlsx.repeat(w, "Đ", 64L << 20);
                    w.write("</t></si>");
                });
        refusedQuickly("roster.error.tooLarge", file, null);
    }

    @Test
    void preview_cellLongerThanAnyProgramWrites_isRefusedAsTooLarge() {
        Path file = HostileXlsx.write(dir.resolve("o-dai.xlsx"), w -> {
            w.write("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            // varied text: compresses too poorly for the zip-bomb guard, yet far beyond Excel's 32,767 characters
            for (int i = 0; i < 400_000; i++) {
                w.write(Integer.toString(i * 7919, 36));
            }
            w.write("</t></is></c></row></sheetData>");
        }, null);
        refusedQuickly("roster.error.tooLarge", file, null);
    }

    @Test
    void preview_twoHundredThousandRows_isRefusedQuicklyAtTheRowLimit() {
        int rows = 200_000;
        Path file = HostileXlsx.write(dir.resolve("rat-nhieu.xlsx"), w -> {
            w.write("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>"
                    + "Ngày sinh</t></is></c></row>");
            for (int r = 2; r <= rows; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>" + r + "</v></c><c r=\"B" + r
                        + "\"><v>" + (18_000 + r % 20_000) + "</v></c></row>");
            }
            w.write("</sheetData>");
        }, w -> {
            w.write("<si><t>Họ và tên</t></si><si><t>-</t></si>");
            for (int r = 2; r <= rows; r++) {
                w.write("<si><t>Nguyễn Văn Người " + r + "</t></si>");
            }
        });
        refusedQuickly("roster.error.tooManyRows", file, "Trang tính có hơn 50.000 dòng dữ liệu, không phải một sổ "
                + "danh sách chi bộ. Hãy chép riêng danh sách đảng viên sang một tệp mới.");
    }

    @Test
    void preview_sheetsWithNothingInThem_saysThereIsNoData() throws IOException {
        Path file = shipped("blank-sheets.xlsx");
        refusedQuickly("roster.error.empty", file, "Tệp blank-sheets.xlsx không có dữ liệu nào.");
    }

    @Test
    void preview_workbookWithoutSheetData_saysThereIsNoData() {
        Path file = HostileXlsx.write(dir.resolve("khong-bang.xlsx"), w -> w.write("<dimension ref=\"A1\"/>"), null);
        refusedQuickly("roster.error.empty", file, null);
    }

    @Test
    void preview_entityExpansionBomb_isRefusedAsDamaged() throws IOException {
        refusedQuickly("roster.error.damaged", shipped("billion-laughs.xlsx"), null);
    }

    @Test
    void preview_externalEntity_isRefusedWithoutReadingOtherFiles() throws IOException {
        refusedQuickly("roster.error.damaged", shipped("external-entity.xlsx"), null);
    }

    @Test
    void preview_sheetPartMissing_saysTheFileIsDamaged() throws IOException {
        refusedQuickly("roster.error.damaged", shipped("missing-sheet.xlsx"), null);
    }

    private Path shipped(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/vn/sochibo/hostile/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Asserts the refusal within a few seconds and its Vietnamese text (when given); prints how long it took. */
    private void refusedQuickly(String key, Path file, String vietnamese) {
        long start = System.nanoTime();
        AppException e = assertThrows(AppException.class, () -> roster.preview(file));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(key, e.key(), () -> "cause: " + e.getCause());
        if (vietnamese != null) {
            assertEquals(vietnamese, Messages.forLanguage("vi").error(e));
        }
        assertTrue(millis < FEW_SECONDS, file.getFileName() + " took " + millis + " ms");
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        System.out.println("RosterHostileInputTest: " + file.getFileName() + " (" + sizeOf(file) / 1024
                + " KB) refused in " + millis + " ms with " + key + " (" + root.getClass().getSimpleName() + ": "
                + String.valueOf(root.getMessage()).lines().findFirst().orElse("") + ")");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
