package vn.sochibo.service.handover;

import java.nio.file.Path;
import java.util.List;
import vn.sochibo.model.AppException;
import vn.sochibo.store.HandoverSnapshot;

/** The checks a kit's database passes before it may replace anything: our schema, not newer, and intact. */
final class HandoverChecks {
    private HandoverChecks() {
    }

    /** Refuses a schema version newer than this build's, naming both versions. */
    static void schema(int version, String kitName, String appVersion) {
        int latest = HandoverSnapshot.latestSchema();
        if (version > latest) {
            throw new AppException("handover.error.newerSchema", kitName, String.valueOf(version),
                    String.valueOf(latest), appVersion);
        }
    }

    /** Checks the unpacked database read-only: a Sổ Chi Bộ database, not newer, passing PRAGMA integrity_check. */
    static HandoverSnapshot.Facts database(Path file, String kitName, String appVersion) {
        HandoverSnapshot.Facts facts;
        List<String> problems;
        try {
            facts = HandoverSnapshot.facts(file);
            schema(facts.schemaVersion(), kitName, appVersion);
            problems = HandoverSnapshot.integrityProblems(file);
        } catch (AppException e) {
            if (e.key().equals("handover.error.newerSchema")) {
                throw e;
            }
            throw new AppException("handover.error.damaged", e, kitName);
        }
        if (facts.schemaVersion() < 1 || facts.memberCount() < 0) {
            throw new AppException("handover.error.damaged", kitName);
        }
        if (!problems.isEmpty()) {
            throw new AppException("handover.error.integrity", kitName, String.join("; ", problems.subList(0,
                    Math.min(3, problems.size()))));
        }
        return facts;
    }
}
