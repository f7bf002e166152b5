package vn.sochibo.service.sample;

import java.util.ArrayList;
import java.util.List;

/** A table of choices with whole-number weights, e.g. family names by how common they are. */
final class Weighted<T> {
    private final List<T> items = new ArrayList<>();
    private final List<Integer> upTo = new ArrayList<>();
    private int total;

    /** Adds a choice with its weight; returns this table for chaining. */
    Weighted<T> add(int weight, T item) {
        total += weight;
        items.add(item);
        upTo.add(total);
        return this;
    }

    /** Adds several choices sharing one weight. */
    @SafeVarargs
    final Weighted<T> addAll(int weight, T... choices) {
        for (T item : choices) {
            add(weight, item);
        }
        return this;
    }

    int total() {
        return total;
    }

    /** The choice covering the position {@code 0 <= n < total()}. */
    T at(int n) {
        int low = 0;
        int high = upTo.size() - 1;
        while (low < high) {
            int mid = (low + high) / 2;
            if (upTo.get(mid) > n) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return items.get(low);
    }
}
