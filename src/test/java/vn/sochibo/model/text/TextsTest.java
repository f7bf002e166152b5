package vn.sochibo.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void clean_decomposedName_isStoredAsNfc() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        String cleaned = Texts.clean(decomposed);
        assertEquals("Nguyễn Thị Ánh", cleaned);
        assertEquals(true, Normalizer.isNormalized(cleaned, Normalizer.Form.NFC));
    }

    @Test
    void clean_extraSpaces_areCollapsed() {
        assertEquals("Trần Văn Bình", Texts.clean("  Trần   Văn\tBình "));
    }

    @Test
    void fold_vietnameseName_dropsDiacriticsAndCase() {
        assertEquals("nguyen van an", Texts.fold("Nguyễn Văn An"));
        assertEquals("dang thi uyen", Texts.fold("Đặng Thị Uyên"));
        assertEquals("dang", Texts.fold(Normalizer.normalize("Đặng", Normalizer.Form.NFD)));
    }

    @Test
    void sortForm_threeWordName_putsGivenNameFirst() {
        assertEquals("An Văn Nguyễn", VietnameseNames.sortForm("Nguyễn Văn An"));
    }

    @Test
    void nameOrder_vietnameseLetters_followTheAlphabet() {
        List<String> names = new ArrayList<>(List.of("Lê Văn Ưng", "Trần Đức", "Nguyễn Thị Ơn", "Phạm Văn Dũng",
                "Hồ Thị Ân", "Vũ Văn Ăn", "Lý Thị Anh", "Đỗ Văn Uyên", "Bùi Thị Ôn", "Ngô Văn On"));
        names.sort(VietnameseNames.nameOrder());
        assertEquals(List.of("Lý Thị Anh", "Vũ Văn Ăn", "Hồ Thị Ân", "Phạm Văn Dũng", "Trần Đức", "Ngô Văn On",
                "Bùi Thị Ôn", "Nguyễn Thị Ơn", "Đỗ Văn Uyên", "Lê Văn Ưng"), names);
    }

    @Test
    void nameOrder_sameGivenName_comparesMiddleThenFamily() {
        List<String> names = new ArrayList<>(List.of("Trần Văn An", "Nguyễn Thị An", "Lê Văn An"));
        names.sort(VietnameseNames.nameOrder());
        assertEquals(List.of("Nguyễn Thị An", "Lê Văn An", "Trần Văn An"), names);
    }
}
