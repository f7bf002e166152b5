/** Starts the minimal window the way the app starts: a main class that does not extend Application. */
public final class MinLauncher {
    private MinLauncher() {
    }

    public static void main(String[] args) {
        MinApp.main(args);
    }
}
