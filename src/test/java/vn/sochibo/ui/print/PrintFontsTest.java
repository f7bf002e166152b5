package vn.sochibo.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The printed pages' font family: Times New Roman, else Liberation Serif, else the logical Serif. */
class PrintFontsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void choose_timesInstalled_isTimes() {
        assertEquals("Times New Roman", PrintFonts.choose(List.of("DejaVu Sans", "Liberation Serif",
                "Times New Roman")));
    }

    @Test
    void choose_onlyLiberation_isLiberationSerif() {
        assertEquals("Liberation Serif", PrintFonts.choose(List.of("DejaVu Sans", "Liberation Serif")));
    }

    @Test
    void choose_neither_isLogicalSerif() {
        assertEquals("Serif", PrintFonts.choose(List.of("DejaVu Sans", "DejaVu Serif")));
    }

    @Test
    void installed_onThisComputer_isTheBestInstalledFamilyAndFontsUseIt() {
        List<String> families = Font.getFamilies();
        String expected = families.contains("Times New Roman") ? "Times New Roman"
                : families.contains("Liberation Serif") ? "Liberation Serif" : "Serif";
        PrintFonts fonts = PrintFonts.installed();
        assertEquals(expected, fonts.family());
        Font bold = fonts.font(true, false, 15);
        assertEquals(15, bold.getSize(), 0.01);
        if (!expected.equals("Serif")) {
            assertEquals(expected, bold.getFamily());
        }
    }
}
