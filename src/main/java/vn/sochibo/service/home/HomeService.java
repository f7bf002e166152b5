package vn.sochibo.service.home;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.home.HomeFigures;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.MeetingRoll;

/** Reads the branch's rolls, members and study sessions and computes the home screen's chart figures on a day. */
public final class HomeService {
    private final Services services;

    public HomeService(Services services) {
        this.services = services;
    }

    /** The three charts' figures on the day. */
    public HomeCharts charts(LocalDate day) {
        LocalDate from = HomeFigures.from(day);
        Map<Meeting, Roll> rolls = new LinkedHashMap<>();
        for (MeetingRoll mr : services.meeting().roll().between(from, day)) {
            rolls.put(mr.meeting(), mr.roll());
        }
        List<StudySummary> study = services.study().sessions(from, day);
        return new HomeCharts(HomeFigures.attendance(rolls, day),
                StatusCounts.on(services.members().all(), day), HomeFigures.study(study, day));
    }
}
