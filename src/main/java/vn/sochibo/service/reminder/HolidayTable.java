package vn.sochibo.service.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.sochibo.model.AppException;

/** The Vietnamese public holidays read from the dated data file {@code model/rules/holidays-vn.csv} (date,name). */
public final class HolidayTable {
    static final String RESOURCE = "/vn/sochibo/model/rules/holidays-vn.csv";

    private HolidayTable() {
    }

    /** The holiday dates of the bundled file. */
    public static Set<LocalDate> vietnam() {
        try (InputStream in = HolidayTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new AppException("reminder.error.holidays", e, RESOURCE);
        }
    }

    private static Set<LocalDate> parse(BufferedReader reader) throws IOException {
        Set<LocalDate> days = new HashSet<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("date,")) {
                days.add(LocalDate.parse(s.substring(0, s.indexOf(',')).strip()));
            }
        }
        return Set.copyOf(days);
    }
}
