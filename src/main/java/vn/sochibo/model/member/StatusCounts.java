package vn.sochibo.model.member;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Counts by category on a date as the minutes header needs them (rules.md §4.3): total on the list split into
 * official and probationary; among them exempted, temporarily transferred out and suspended; attached from
 * elsewhere (not in the total).
 */
public record StatusCounts(LocalDate date, int total, int official, int probationary, int exempted,
                           int temporarilyOut, int suspended, int attached) {

    /** Counts for the given histories on the day. */
    public static StatusCounts on(Collection<MemberHistory> histories, LocalDate day) {
        return of(day, histories.stream().map(h -> h.statusOn(day)).toList());
    }

    /** Counts of standings already computed for the day. */
    public static StatusCounts of(LocalDate day, Collection<StatusOnDate> standings) {
        int[] c = new int[7];
        for (StatusOnDate s : standings) {
            c[0] += s.inTotal() ? 1 : 0;
            c[1] += s.isOfficial() ? 1 : 0;
            c[2] += s.isProbationary() ? 1 : 0;
            c[3] += s.isExempted() ? 1 : 0;
            c[4] += s.inTotal() && s.temporarilyOut() ? 1 : 0;
            c[5] += s.inTotal() && s.suspended() ? 1 : 0;
            c[6] += s.isAttached() ? 1 : 0;
        }
        return new StatusCounts(day, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}
