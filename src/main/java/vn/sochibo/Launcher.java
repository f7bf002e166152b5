package vn.sochibo;

import java.util.Set;
import vn.sochibo.cli.Cli;
import vn.sochibo.cli.StartupProbe;

/**
 * Entry point. No arguments (or only --db FILE / --lang CODE / --startup-probe) opens the window; a sub-command,
 * --help or --version runs headless. Does not extend Application so the jar also starts with JavaFX on the class path.
 */
public final class Launcher {
    private static final Set<String> GUI_OPTIONS = Set.of("--db", "--lang");
    private static final Set<String> GUI_FLAGS = Set.of("--startup-probe");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            WarmUp.start();
            App.preload(args);
            App.main(args);
            if (App.startupProbeFrame() >= 0) {
                StartupProbe.report(App.startupProbeFrame());
            }
            return;
        }
        System.exit(Cli.runOnConsole(args));
    }

    /** True when the arguments hold only the options the window understands. */
    static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('=')) : args[i];
            if (GUI_FLAGS.contains(args[i])) {
                continue;
            }
            if (!GUI_OPTIONS.contains(name)) {
                return false;
            }
            if (!args[i].contains("=")) {
                i++;
            }
        }
        return true;
    }
}
