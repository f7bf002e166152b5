package vn.sochibo.model.member;

import java.util.Locale;
import java.util.function.Predicate;

/** The filters of the member list and the {@code --status} option; each uses the same test as the counts. */
public enum StatusFilter {
    ALL(s -> true),
    CURRENT(s -> s.inTotal() || s.isAttached()),
    ON_LIST(StatusOnDate::inTotal),
    OFFICIAL(StatusOnDate::isOfficial),
    PROBATIONARY(StatusOnDate::isProbationary),
    EXEMPTED(StatusOnDate::isExempted),
    TEMPORARILY_OUT(s -> s.inTotal() && s.temporarilyOut()),
    SUSPENDED(s -> s.inTotal() && s.suspended()),
    ATTACHED(StatusOnDate::isAttached),
    GONE(s -> s.membership() == Membership.GONE),
    DECEASED(s -> s.primary() == MemberStatus.DECEASED),
    NOT_YET(s -> s.membership() == Membership.NOT_YET);

    private final Predicate<StatusOnDate> test;

    StatusFilter(Predicate<StatusOnDate> test) {
        this.test = test;
    }

    public boolean test(StatusOnDate status) {
        return test.test(status);
    }

    /** The command-line spelling: lower case with hyphens ("temporarily-out"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The filter for a command-line spelling, or null. */
    public static StatusFilter fromCode(String code) {
        for (StatusFilter f : values()) {
            if (f.code().equalsIgnoreCase(code.strip())) {
                return f;
            }
        }
        return null;
    }
}
