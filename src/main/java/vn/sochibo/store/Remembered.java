package vn.sochibo.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values read from the file and kept until the next write transaction (each write forgets them all); only used while
 * this program holds the writer lock, so no other copy can change the file meanwhile.
 */
final class Remembered {
    private final Map<Object, Object> values = new HashMap<>();

    /** The value remembered under the key, or the one computed now and remembered. */
    @SuppressWarnings("unchecked")
    synchronized <T> T get(Object key, Supplier<T> read) {
        Object known = values.get(key);
        if (known == null) {
            known = read.get();
            values.put(key, known);
        }
        return (T) known;
    }

    /** Forgets every value: the file may have changed. */
    synchronized void forget() {
        values.clear();
    }
}
