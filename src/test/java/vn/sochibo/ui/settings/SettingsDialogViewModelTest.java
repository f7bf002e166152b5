package vn.sochibo.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sochibo.service.Messages;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.AppSettings;
import vn.sochibo.ui.common.I18n;

class SettingsDialogViewModelTest {
    private final TestUi t = new TestUi();
    private final AppSettings settings = t.ui.settings();

    @AfterEach
    void removePreferences() {
        t.dispose();
    }

    private SettingsDialogViewModel form(String language) {
        return new SettingsDialogViewModel(settings, new I18n(Messages.forLanguage(language)));
    }

    @Test
    void form_newUser_showsVietnameseAndNormalText() {
        SettingsDialogViewModel vm = form("vi");

        assertEquals("vi", vm.languageProperty().get());
        assertFalse(vm.largerTextProperty().get());
    }

    @Test
    void save_nothingChanged_returnsFalse() {
        assertFalse(form("vi").save());
    }

    @Test
    void save_englishChosen_storesItAndAsksForARebuild() {
        SettingsDialogViewModel vm = form("vi");
        vm.languageProperty().set("en");

        assertTrue(vm.save());
        assertEquals("en", settings.language());
    }

    @Test
    void save_largerTextTicked_storesItAndAsksForARebuild() {
        SettingsDialogViewModel vm = form("vi");
        vm.largerTextProperty().set(true);

        assertTrue(vm.save());
        assertTrue(settings.largerText());
        assertTrue(form("vi").largerTextProperty().get());
    }

    @Test
    void languageName_inEitherLanguage_isWrittenInThatLanguageItself() {
        for (String shownIn : List.of("vi", "en")) {
            SettingsDialogViewModel vm = form(shownIn);
            assertEquals(List.of("Tiếng Việt", "English"), vm.languages().stream().map(vm::languageName).toList());
        }
    }
}
