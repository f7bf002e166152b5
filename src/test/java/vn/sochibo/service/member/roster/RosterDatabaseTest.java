package vn.sochibo.service.member.roster;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.Services;

/** Roster tests on a fresh branch database in a temporary folder, with the roster service over it. */
abstract class RosterDatabaseTest {
    @TempDir
    Path dir;
    Services services;
    RosterService roster;

    @BeforeEach
    void openBranch() {
        services = RosterFixtures.open(dir.resolve("branch.db"));
        roster = RosterFixtures.roster(services);
    }

    @AfterEach
    void closeBranch() {
        services.close();
    }
}
