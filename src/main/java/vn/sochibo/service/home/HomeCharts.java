package vn.sochibo.service.home;

import java.util.List;
import vn.sochibo.model.home.Rate;
import vn.sochibo.model.member.StatusCounts;

/** The home charts' figures: attendance per month, the branch's composition today, participation per session. */
public record HomeCharts(List<Rate> attendance, StatusCounts composition, List<Rate> study) {
    public HomeCharts {
        attendance = List.copyOf(attendance);
        study = List.copyOf(study);
    }
}
