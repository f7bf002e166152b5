package vn.sochibo.export;

/**
 * Keeps POI's "Log4j API could not find a logging provider" notice off stderr (stack.md §3), so a command prints
 * only its own one-line message. Has no effect when a logging provider was configured.
 */
public final class PoiLogging {
    private static final String FACTORY = "log4j2.loggerContextFactory";

    private PoiLogging() {
    }

    /** Chooses log4j's simple logger unless something else was chosen; call before the first POI class loads. */
    public static void quiet() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
