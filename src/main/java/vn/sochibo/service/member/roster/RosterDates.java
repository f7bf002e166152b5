package vn.sochibo.service.member.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in roster cells: real Excel dates, or text d/m/yyyy with "/", "-" or "." (also yyyy-mm-dd). A year alone
 * or a two-digit year is refused with its own message, because the register needs the full date.
 */
final class RosterDates {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern DMY_SHORT = Pattern.compile("\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{2}");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Excel serial numbers of 1908-03-18 and 2119-01-09: numbers outside are years or mistakes, not dates. */
    private static final double FIRST_SERIAL = 3000;
    private static final double LAST_SERIAL = 80000;

    private RosterDates() {
    }

    /** The one date in a cell; null value for an empty cell. */
    static Parsed<LocalDate> parse(Object cell) {
        if (cell == null) {
            return Parsed.ok(null);
        }
        if (cell instanceof LocalDate date) {
            return Parsed.ok(date);
        }
        if (cell instanceof Double number) {
            return fromNumber(number);
        }
        String text = cell.toString().strip();
        if (text.isEmpty()) {
            return Parsed.ok(null);
        }
        Matcher m = DMY.matcher(text);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1), text);
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3), text);
        }
        return notADate(text);
    }

    /**
     * Every date written in a combined cell (one per line, or separated by commas or dashes), with whatever text
     * remains once the dates are taken out; a real date cell gives one date and no text.
     */
    static DatesAndText split(Object cell) {
        if (cell instanceof LocalDate date) {
            return new DatesAndText(List.of(date), "", null);
        }
        if (cell instanceof Double) {
            Parsed<LocalDate> one = parse(cell);
            return new DatesAndText(one.failed() ? List.of() : List.of(one.value()), "", one.failed() ? one : null);
        }
        String text = cell == null ? "" : cell.toString();
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DMY.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            Parsed<LocalDate> d = of(m.group(3), m.group(2), m.group(1), m.group());
            if (d.failed()) {
                return new DatesAndText(dates, "", d);
            }
            dates.add(d.value());
            rest.append(text, last, m.start()).append('\n');
            last = m.end();
        }
        rest.append(text.substring(last));
        Parsed<LocalDate> problem = dates.isEmpty() && !text.isBlank() && looksLikeAnAttempt(text)
                ? notADate(text.strip()) : null;
        return new DatesAndText(dates, tidy(rest.toString()), problem);
    }

    /** The dates of a combined cell, the text left over, and the first problem met (or null). */
    record DatesAndText(List<LocalDate> dates, String text, Parsed<LocalDate> problem) {
        LocalDate date(int i) {
            return i < dates.size() ? dates.get(i) : null;
        }
    }

    private static Parsed<LocalDate> fromNumber(double number) {
        if (number == Math.rint(number) && YEAR.matcher(String.valueOf((long) number)).matches()) {
            return Parsed.bad("roster.date.yearOnly", String.valueOf((long) number));
        }
        if (number >= FIRST_SERIAL && number <= LAST_SERIAL) {
            return Parsed.ok(EXCEL_EPOCH.plusDays((long) Math.floor(number)));
        }
        return Parsed.bad("roster.date.invalid", RosterCells.text(number));
    }

    private static Parsed<LocalDate> of(String year, String month, String day, String text) {
        try {
            return Parsed.ok(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Parsed.bad("roster.date.noSuchDay", text);
        }
    }

    private static Parsed<LocalDate> notADate(String text) {
        if (DMY_SHORT.matcher(text).find()) {
            return Parsed.bad("roster.date.shortYear", text);
        }
        if (YEAR.matcher(text).find()) {
            return Parsed.bad("roster.date.yearOnly", text);
        }
        return Parsed.bad("roster.date.invalid", text);
    }

    /** Text with digits in a date column is a date written wrongly; words alone are a place or a reason. */
    private static boolean looksLikeAnAttempt(String text) {
        return YEAR.matcher(text).find() || DMY_SHORT.matcher(text).find();
    }

    /** Leftover text without the separators that stood between dates and words. */
    private static String tidy(String rest) {
        List<String> lines = new ArrayList<>();
        for (String line : rest.split("\n")) {
            String t = line.replaceAll("^[\\s,;:\\-–]+|[\\s,;:\\-–]+$", "");
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return String.join(", ", lines);
    }
}
