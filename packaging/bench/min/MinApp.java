import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The baseline for the startup probe: one FXML window of the app's size, measured exactly as the app measures itself
 * (runtime start time to the second animation pulse after the window shows), printing "startup-ms N", then exiting.
 */
public final class MinApp extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        Parent root;
        try (InputStream in = MinApp.class.getResourceAsStream("/min.fxml")) {
            root = new FXMLLoader().load(in);
        }
        stage.setTitle("min");
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                pulses++;
                if (pulses == 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms " + Math.max(0, ms));
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
