package vn.sochibo.model.branch;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.sochibo.model.text.Texts;

/**
 * The branch profile (hồ sơ chi bộ): the header lines printed on documents, the place for date lines, the current
 * term, the officers, the usual meeting day, time and place, and document settings.
 */
public record BranchProfile(String superiorName, String branchName, String placeName, LocalDate termStart,
                            LocalDate termEnd, List<Officer> officers, MeetingDay meetingDay, LocalTime meetingTime,
                            String meetingPlace, DocumentSettings documents) {
    public BranchProfile {
        superiorName = Texts.clean(superiorName);
        branchName = Texts.clean(branchName);
        placeName = Texts.clean(placeName);
        officers = officers == null ? List.of() : List.copyOf(officers);
        meetingDay = meetingDay == null ? MeetingDay.DEFAULT : meetingDay;
        meetingTime = meetingTime == null ? LocalTime.of(8, 0) : meetingTime;
        meetingPlace = Texts.clean(meetingPlace);
        documents = documents == null ? DocumentSettings.DEFAULT : documents;
    }

    /** Members holding the given post. */
    public List<Long> holders(OfficerRole role) {
        return officers.stream().filter(o -> o.role() == role).map(Officer::memberId).toList();
    }

    /** A copy with other officers. */
    public BranchProfile withOfficers(List<Officer> newOfficers) {
        return new BranchProfile(superiorName, branchName, placeName, termStart, termEnd, newOfficers, meetingDay,
                meetingTime, meetingPlace, documents);
    }
}
