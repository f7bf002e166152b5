package vn.sochibo.model.meeting;

import java.util.List;

/**
 * The counts of a roll exactly as the minutes header needs them (rules.md §4.3) plus the vote denominator of
 * rules.md §3.3: branch total (official, probationary), exempted, temporarily away, attached from elsewhere;
 * present split official / probationary / attached; absences with and without reason by name; members expected
 * but not yet marked.
 */
public record RollSummary(int total, int official, int probationary, int exempted, int temporarilyOut, int suspended,
                          int attached, int expected, int present, int presentOfficial, int presentProbationary,
                          int presentAttached, List<RollEntry> absentExcused, List<RollEntry> absentUnexcused,
                          int unmarked, int voteDenominator) {
    public RollSummary {
        absentExcused = List.copyOf(absentExcused);
        absentUnexcused = List.copyOf(absentUnexcused);
    }

    /** Members of the branch absent (with or without reason); attached members are not counted. */
    public int absent() {
        return absentExcused.size() + absentUnexcused.size();
    }
}
