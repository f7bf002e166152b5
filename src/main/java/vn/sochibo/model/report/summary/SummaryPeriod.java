package vn.sochibo.model.report.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.AppException;

/** The period a summary covers: a whole year, or one quarter (1–4) of it when {@code quarter} is not null. */
public record SummaryPeriod(int year, Integer quarter) {
    public SummaryPeriod {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new AppException("summary.error.quarter", String.valueOf(quarter));
        }
    }

    /** The whole year. */
    public static SummaryPeriod year(int year) {
        return new SummaryPeriod(year, null);
    }

    /** One quarter of the year. */
    public static SummaryPeriod quarter(int year, int quarter) {
        return new SummaryPeriod(year, quarter);
    }

    /** The first day of the period. */
    public LocalDate from() {
        return months().get(0).atDay(1);
    }

    /** The last day of the period. */
    public LocalDate to() {
        List<YearMonth> months = months();
        return months.get(months.size() - 1).atEndOfMonth();
    }

    /** The months of the period in order (three for a quarter, twelve for a year). */
    public List<YearMonth> months() {
        int first = quarter == null ? 1 : (quarter - 1) * 3 + 1;
        int count = quarter == null ? 12 : 3;
        List<YearMonth> out = new ArrayList<>();
        for (int m = first; m < first + count; m++) {
            out.add(YearMonth.of(year, m));
        }
        return out;
    }

    /** True when the day falls inside the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }
}
