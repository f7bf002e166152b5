package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void resolve_explicitPath_winsOverEverything() {
        assertEquals(Path.of("/x/y.db"), DatabaseLocation.resolve(Path.of("/x/y.db"),
                Map.of("SOCHIBO_DB", "/env.db"), "Linux", "/home/a"));
    }

    @Test
    void resolve_environmentVariable_overridesTheDefault() {
        assertEquals(Path.of("/env.db"), DatabaseLocation.resolve(null, Map.of("SOCHIBO_DB", "/env.db"), "Linux",
                "/home/a"));
    }

    @Test
    void resolve_linuxWithXdg_usesXdgDataHome() {
        assertEquals(Path.of("/data/sochibo/sochibo.db"), DatabaseLocation.resolve(null,
                Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/a"));
    }

    @Test
    void resolve_linuxWithoutXdg_usesLocalShare() {
        assertEquals(Path.of("/home/a/.local/share/sochibo/sochibo.db"),
                DatabaseLocation.resolve(null, Map.of(), "Linux", "/home/a"));
    }

    @Test
    void resolve_windows_usesAppData() {
        assertEquals(Path.of("C:/Users/a/AppData/Roaming", "SoChiBo", "sochibo.db"), DatabaseLocation.resolve(null,
                Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a"));
    }

    @Test
    void resolve_mac_usesApplicationSupport() {
        assertEquals(Path.of("/Users/a/Library/Application Support/SoChiBo/sochibo.db"),
                DatabaseLocation.resolve(null, Map.of(), "Mac OS X", "/Users/a"));
    }
}
