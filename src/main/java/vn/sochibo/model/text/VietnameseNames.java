package vn.sochibo.model.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Vietnamese list order for people: given name, then middle names, then family name, by the vi-VN collator. */
public final class VietnameseNames {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseNames() {
    }

    /** A fresh vi-VN collator (collators are not thread-safe). */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** The name rearranged for sorting: "Nguyễn Văn An" -> "An Văn Nguyễn". */
    public static String sortForm(String fullName) {
        String[] words = Texts.clean(fullName).split(" ");
        if (words.length < 2) {
            return words[0];
        }
        StringBuilder form = new StringBuilder(words[words.length - 1]);
        for (int i = 1; i < words.length - 1; i++) {
            form.append(' ').append(words[i]);
        }
        return form.append(' ').append(words[0]).toString();
    }

    /** Compares names in Vietnamese list order. */
    public static Comparator<String> nameOrder() {
        Collator collator = collator();
        return Comparator.comparing(VietnameseNames::sortForm, collator);
    }

    /** Collation key of a name in list order, for sorting large lists quickly. */
    public static CollationKey key(Collator collator, String fullName) {
        return collator.getCollationKey(sortForm(fullName));
    }

    /** Orders items by a name in Vietnamese list order, computing each key once. */
    public static <T> Comparator<T> byName(Function<T, String> name) {
        Comparator<String> order = nameOrder();
        return (a, b) -> order.compare(name.apply(a), name.apply(b));
    }
}
