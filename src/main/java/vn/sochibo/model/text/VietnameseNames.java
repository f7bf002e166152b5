package vn.sochibo.model.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Vietnamese list order for people: given name, then middle names, then family name, each compared as a whole
 * word with the vi-VN collator (a < ă < â, d < đ, o < ô < ơ, u < ư; tones after letters).
 */
public final class VietnameseNames {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final int REMEMBERED = 100_000;
    private static final Map<String, NameKey> KEYS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Collator> COLLATORS = ThreadLocal.withInitial(VietnameseNames::collator);

    private VietnameseNames() {
    }

    /** A fresh vi-VN collator (collators are not thread-safe). */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** The name rearranged for display in list order: "Nguyễn Văn An" -> "An Văn Nguyễn". */
    public static String sortForm(String fullName) {
        String[] p = parts(fullName);
        return String.join(" ", p[0], p[1], p[2]).strip().replaceAll(" +", " ");
    }

    /** Given name, middle names, family name of a full name; a one-word name is all given name. */
    static String[] parts(String fullName) {
        String[] words = Texts.clean(fullName).split(" ");
        if (words.length < 2) {
            return new String[] {words[0], "", ""};
        }
        String middle = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
        return new String[] {words[words.length - 1], middle, words[0]};
    }

    /** Sort key of a name: the collation keys of given, middle and family name, compared in that order. */
    public record NameKey(CollationKey given, CollationKey middle, CollationKey family) implements Comparable<NameKey> {
        @Override
        public int compareTo(NameKey o) {
            int c = given.compareTo(o.given);
            if (c == 0) {
                c = middle.compareTo(o.middle);
            }
            return c != 0 ? c : family.compareTo(o.family);
        }
    }

    /** The sort key of a name with the given collator. */
    public static NameKey key(Collator collator, String fullName) {
        String[] p = parts(fullName);
        return new NameKey(collator.getCollationKey(p[0]), collator.getCollationKey(p[1]),
                collator.getCollationKey(p[2]));
    }

    /**
     * The sort key of a name, remembered for later sorts (a roll of 20,000 names is sorted without recomputing a
     * collation key per comparison); the memory is bounded by forgetting every key past {@value #REMEMBERED} names.
     */
    public static NameKey key(String fullName) {
        NameKey known = KEYS.get(fullName);
        if (known != null) {
            return known;
        }
        if (KEYS.size() >= REMEMBERED) {
            KEYS.clear();
        }
        NameKey made = key(COLLATORS.get(), fullName);
        KEYS.put(fullName, made);
        return made;
    }

    /** Compares names in Vietnamese list order. */
    public static Comparator<String> nameOrder() {
        return (a, b) -> a.equals(b) ? 0 : key(a).compareTo(key(b));
    }

    /** Orders items by a name in Vietnamese list order. */
    public static <T> Comparator<T> byName(Function<T, String> name) {
        Comparator<String> order = nameOrder();
        return (a, b) -> order.compare(name.apply(a), name.apply(b));
    }
}
