package vn.sochibo.service.member.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.text.Texts;
import vn.sochibo.service.Messages;

/** Plain cell values turned into member fields: text, sex, yes/no marks, numbers kept as text, addresses. */
final class RosterCells {
    private static final Set<String> NO = Set.of("", "khong", "k", "0", "false", "no", "-");
    private static final int ID_DIGITS = 12;

    private RosterCells() {
    }

    /** The text of a cell as the user sees it; whole numbers without ".0", dates as dd/mm/yyyy. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDate date) {
            return Messages.date(date);
        }
        if (cell instanceof Double number) {
            return number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString(number.longValue()) : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    /** "Nam"/"Nữ" (any case, with or without marks; also English); null value for an empty cell. */
    static Parsed<Gender> gender(Object cell) {
        String folded = Texts.fold(text(cell));
        return switch (folded) {
            case "" -> Parsed.ok(null);
            case "nam", "male", "m" -> Parsed.ok(Gender.MALE);
            case "nu", "female", "f" -> Parsed.ok(Gender.FEMALE);
            default -> Parsed.bad("roster.gender.invalid", text(cell).strip());
        };
    }

    /** True for a gender word, used to pick the sex out of a combined cell. */
    static boolean isGender(String text) {
        return Set.of("nam", "nu").contains(Texts.fold(text));
    }

    /** A yes/no mark: empty, "không", "0" are no; "x", "có" or any other text is yes. */
    static boolean mark(Object cell) {
        return !NO.contains(Texts.fold(text(cell)));
    }

    /**
     * A 12-digit number (CCCD, card number) that Excel may have stored as a number and so lost its leading zeros:
     * 10 or 11 digits stored as a number get them back, with a warning saying so.
     */
    static Parsed<String> twelveDigits(Object cell) {
        String text = text(cell).replace(" ", "");
        if (cell instanceof Double && text.matches("\\d{10,11}")) {
            String padded = "0".repeat(ID_DIGITS - text.length()) + text;
            return new Parsed<>(padded, "roster.value.zerosRestored", List.of(padded));
        }
        return Parsed.ok(text);
    }

    /** A phone number stored as a number loses its leading 0: nine digits get it back. */
    static String phone(Object cell) {
        String text = text(cell);
        return cell instanceof Double && text.matches("\\d{9}") ? "0" + text : text;
    }

    /** One address cell split at commas: last part the province, the one before the commune, the rest detail. */
    static Address address(String text) {
        List<String> parts = Arrays.stream(Texts.clean(text).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        int n = parts.size();
        if (n == 0) {
            return Address.EMPTY;
        }
        if (n == 1) {
            return new Address(parts.get(0), "", "");
        }
        return new Address(String.join(", ", parts.subList(0, n - 2)), parts.get(n - 2), parts.get(n - 1));
    }

    /** The values of a combined cell: one per line, or comma-separated when written on one line. */
    static List<String> lines(Object cell) {
        String text = text(cell).replace("\r", "");
        if (text.isBlank()) {
            return List.of();
        }
        String[] parts = text.contains("\n") ? text.split("\n", -1) : text.split(",", -1);
        List<String> values = new ArrayList<>();
        for (String p : parts) {
            values.add(Texts.clean(p));
        }
        return values;
    }

    /** The i-th value of a combined cell, or "" when it has fewer. */
    static String line(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }
}
