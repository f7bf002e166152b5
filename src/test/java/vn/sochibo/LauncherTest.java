package vn.sochibo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void opensWindow_noArgumentsOrOnlyWindowOptions_opensTheWindow() {
        assertTrue(Launcher.opensWindow(new String[0]));
        assertTrue(Launcher.opensWindow(new String[] {"--db", "/tmp/x.db"}));
        assertTrue(Launcher.opensWindow(new String[] {"--lang=en", "--db", "x.db"}));
    }

    @Test
    void opensWindow_startupProbeBesideWindowOptions_opensTheWindow() {
        assertTrue(Launcher.opensWindow(new String[] {"--startup-probe"}));
        assertTrue(Launcher.opensWindow(new String[] {"--db", "x.db", "--startup-probe", "--lang", "en"}));
        assertFalse(Launcher.opensWindow(new String[] {"--startup-probe", "members"}));
    }

    @Test
    void opensWindow_subCommandHelpOrVersion_runsHeadless() {
        assertFalse(Launcher.opensWindow(new String[] {"members", "--db", "x.db"}));
        assertFalse(Launcher.opensWindow(new String[] {"--db", "x.db", "members"}));
        assertFalse(Launcher.opensWindow(new String[] {"--help"}));
        assertFalse(Launcher.opensWindow(new String[] {"--version"}));
    }
}
