package vn.sochibo.service.sample;

import vn.sochibo.model.AppException;
import vn.sochibo.service.Services;

/** Writes a realistic residential branch (profile, members, histories) into an empty database. */
public final class SampleBranch {
    private SampleBranch() {
    }

    /** Generates the sample into the services' database; returns the number of members written. */
    public static int create(Services services, SampleOptions options) {
        throw new AppException("sample.error.notReady");
    }
}
