package vn.sochibo.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters that show values (enums, records) in a choice box by a localised label. */
public final class Labels {
    private Labels() {
    }

    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
