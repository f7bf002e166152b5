package vn.sochibo.model.member;

import java.time.LocalDate;

/**
 * Party age (tuổi đảng) on a date: whole years, months and days after gaps are removed, plus the gap length and
 * the date party age is counted from once the gaps are added to the admission date.
 */
public record PartyAge(int years, int months, int days, long gapDays, LocalDate countedFrom) {
    public static final PartyAge NONE = new PartyAge(0, 0, 0, 0, null);

    /** True when the member has no admission date or the date lies before it. */
    public boolean isNone() {
        return countedFrom == null;
    }

    /** The date on which the given number of years of party age is reached, assuming no further gaps. */
    public LocalDate milestone(int yearsOfAge) {
        return countedFrom == null ? null : countedFrom.plusYears(yearsOfAge);
    }
}
