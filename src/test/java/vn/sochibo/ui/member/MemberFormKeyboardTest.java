package vn.sochibo.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Member;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

/** The member form from the keyboard: Enter saves even when a tick box has the focus, and leaves it as it was. */
@Tag("gui")
class MemberFormKeyboardTest extends FxRobot {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private long id;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        t = new TestUi();
        services = Services.open(dir.resolve("k.db"), TestUi.fixedClock());
        Member m = MemberBuilder.member().build();
        Member retired = new Member(0, m.identity(), m.party(), new Background("", "", "", "", "Hưu trí", "", true,
                false, false), m.contact(), "");
        id = services.members().save(retired, MemberEntry.admittedHere()).member().id();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
        t.dispose();
    }

    @Test
    void enterOnATickBox_savesTheFormAndKeepsTheTick() throws Exception {
        AtomicReference<Optional<Long>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(MemberEditDialogController.open(t.ui, null, services.members(), id)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#retiredCheck").tryQuery().isPresent());
        interact(() -> lookup("#phoneField").query().requestFocus());
        write("0912 000 111");
        interact(() -> lookup("#retiredCheck").query().requestFocus());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);

        assertTrue(result.get().isPresent());
        Member saved = services.members().get(id).member();
        assertEquals("0912 000 111", saved.contact().phone());
        assertTrue(saved.background().retired());
    }
}
