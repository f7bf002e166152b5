package vn.sochibo.service.sample;

import java.util.List;
import vn.sochibo.model.AppException;
import vn.sochibo.model.Issue;
import vn.sochibo.model.member.EventRules;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberRules;
import vn.sochibo.service.Services;

/** Writes a realistic residential branch (profile, members, histories, meetings) into an empty database. */
public final class SampleBranch {
    private SampleBranch() {
    }

    /**
     * Generates the sample into the services' database; returns the number of members written. Refuses a database
     * that already holds members or a branch profile, so real data is never mixed with samples.
     */
    public static int create(Services services, SampleOptions options) {
        if (services.members().count() > 0 || services.branch().exists()) {
            throw new AppException("sample.error.notEmpty", services.file());
        }
        List<MemberHistory> histories = SampleGenerator.generate(options);
        requireValid(histories, options);
        int written = services.members().insertAll(histories);
        services.branch().save(SampleProfile.build(services.members().all(), options.today()));
        SampleMeetings.create(services, options);
        SampleStudy.create(services, options);
        return written;
    }

    /** A generated member breaking a rule is a bug: it must never reach a user's file. */
    private static void requireValid(List<MemberHistory> histories, SampleOptions options) {
        for (MemberHistory h : histories) {
            if (Issue.anyError(MemberRules.check(h.member(), options.today()))
                    || Issue.anyError(EventRules.checkHistory(h.member(), h.events()))) {
                throw new IllegalStateException("sample member breaks a rule: " + h.member().fullName());
            }
        }
    }
}
