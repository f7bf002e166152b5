package vn.sochibo.service.report;

import java.nio.file.Path;
import vn.sochibo.service.Services;

/** The quarterly and yearly summaries for the ward committee as Excel, with numbers that add up across branches. */
public final class SummaryService {
    private final Services services;

    public SummaryService(Services services) {
        this.services = services;
    }

    /** Writes the summary of a year, or of one quarter (1–4) of it when {@code quarter} is not null. */
    public void write(int year, Integer quarter, Path out) {
        throw new UnsupportedOperationException("pending");
    }
}
