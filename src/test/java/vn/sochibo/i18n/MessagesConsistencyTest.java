package vn.sochibo.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.MemberStatus;
import vn.sochibo.model.member.StatusFilter;

/** Every text the code uses exists in both languages, and no text is left unused. */
class MessagesConsistencyTest {
    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path MAIN_RESOURCES = Path.of("src/main/resources");
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\.?)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/vn/sochibo/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>(matches(MAIN_JAVA, ".java", JAVA_KEY));
        used.addAll(matches(MAIN_RESOURCES, ".fxml", FXML_KEY));
        return used;
    }

    @Test
    void bundles_vietnameseAndEnglish_haveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void usedKeys_allExistInTheBundle() throws IOException {
        Properties vi = load("messages.properties");
        Set<String> prefixes = new TreeSet<>(vi.stringPropertyNames().stream()
                .filter(k -> k.contains(".") && !k.contains(".usage.")).map(k -> k.substring(0, k.indexOf('.') + 1))
                .toList());
        Set<String> missing = new TreeSet<>();
        for (String key : usedKeys()) {
            boolean looksLikeKey = prefixes.stream().anyMatch(key::startsWith);
            if (looksLikeKey && !key.endsWith(".") && !vi.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void enumLabels_allExist() throws IOException {
        Properties vi = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        Stream.of(EventType.values()).map(e -> "member.event." + e).filter(k -> !vi.containsKey(k)).forEach(missing::add);
        Stream.of(MemberStatus.values()).map(e -> "member.status." + e).filter(k -> !vi.containsKey(k))
                .forEach(missing::add);
        Stream.of(StatusFilter.values()).map(e -> "member.filter." + e).filter(k -> !vi.containsKey(k))
                .forEach(missing::add);
        Stream.of(Gender.values()).map(e -> "member.gender." + e).filter(k -> !vi.containsKey(k)).forEach(missing::add);
        assertEquals(Set.of(), missing);
    }

    @Test
    void bundleKeys_areAllUsed() throws IOException {
        Set<String> used = usedKeys();
        Set<String> unused = new TreeSet<>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            boolean picocli = key.startsWith("usage.") || key.contains(".usage.") || key.equals("help")
                    || key.equals("version");
            boolean dynamic = used.stream().anyMatch(u -> u.endsWith(".") && key.startsWith(u));
            if (!picocli && !dynamic && !used.contains(key)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Test
    void texts_areNfcAndValidMessageFormats() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertTrue(Normalizer.isNormalized(value, Normalizer.Form.NFC), file + " " + key + " is not NFC");
                assertTrue(!value.contains("'"), file + " " + key + " uses ' which MessageFormat swallows; use ’");
                new MessageFormat(value);
            }
        }
    }
}
