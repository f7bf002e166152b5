package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import vn.sochibo.model.text.Texts;

/**
 * One sitting of the branch (or of its committee): when and where, its topic and presenter (thematic meetings),
 * who chairs and who takes the minutes (member ids, null when not yet chosen), its state, its grade (points out of
 * 100 and whether the key criteria were all met, rules.md §3.5), and the document numbers given to its minutes and
 * resolution within the term (null until numbered). Id 0 means not yet saved.
 */
public record Meeting(long id, MeetingType type, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                      String topic, String presenter, Long chairId, Long minuteTakerId, MeetingState state,
                      Integer gradePoints, boolean gradeKeyMet, LocalDateTime adoptedAt, Integer minutesNumber,
                      Integer resolutionNumber) {
    public Meeting {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        startTime = startTime == null ? LocalTime.of(8, 0) : startTime;
        place = Texts.clean(place);
        topic = Texts.clean(topic);
        presenter = Texts.clean(presenter);
        state = state == null ? MeetingState.PLANNED : state;
    }

    /** A planned meeting of the given type on a day, at a time and place, not yet saved. */
    public static Meeting planned(MeetingType type, LocalDate date, LocalTime time, String place) {
        return new Meeting(0, type, date, time, null, place, "", "", null, null, MeetingState.PLANNED, null, false,
                null, null, null);
    }

    public boolean isAdopted() {
        return state == MeetingState.ADOPTED;
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, type, date, startTime, endTime, place, topic, presenter, chairId, minuteTakerId,
                state, gradePoints, gradeKeyMet, adoptedAt, minutesNumber, resolutionNumber);
    }

    public Meeting withState(MeetingState newState) {
        return new Meeting(id, type, date, startTime, endTime, place, topic, presenter, chairId, minuteTakerId,
                newState, gradePoints, gradeKeyMet, adoptedAt, minutesNumber, resolutionNumber);
    }

    public Meeting withGrade(Integer points, boolean keyMet) {
        return new Meeting(id, type, date, startTime, endTime, place, topic, presenter, chairId, minuteTakerId,
                state, points, keyMet, adoptedAt, minutesNumber, resolutionNumber);
    }

    public Meeting withAdoption(LocalDateTime at, Integer number) {
        return new Meeting(id, type, date, startTime, endTime, place, topic, presenter, chairId, minuteTakerId,
                MeetingState.ADOPTED, gradePoints, gradeKeyMet, at, number, resolutionNumber);
    }

    public Meeting withResolutionNumber(Integer number) {
        return new Meeting(id, type, date, startTime, endTime, place, topic, presenter, chairId, minuteTakerId,
                state, gradePoints, gradeKeyMet, adoptedAt, minutesNumber, number);
    }
}
