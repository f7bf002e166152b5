package vn.sochibo.model.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises text entering the system (NFC, trimmed) and folds it into diacritic-free search keys. */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** NFC-normalised, trimmed, inner runs of white space collapsed to one space; null becomes "". */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /** NFC-normalised text keeping line breaks, for notes; null becomes "". */
    public static String cleanMultiline(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    /** Lower-case key without diacritics ("Đặng Văn Ấn" -> "dang van an") for searching. */
    public static String fold(String value) {
        String decomposed = Normalizer.normalize(clean(value), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'd').toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the text is empty after cleaning. */
    public static boolean isBlank(String value) {
        return clean(value).isEmpty();
    }
}
