package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every command's help, in both languages, is printed whole: no text the help formatter cannot read. */
class HelpTextsTest {
    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void help_everyCommand_printsWithoutFormatWarnings(String lang) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of());
        collect(new CommandLine(new RootCommand()), List.of(), commands);
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (List<String> path : commands) {
                List<String> args = new ArrayList<>(path);
                args.addAll(List.of("--help", "--lang", lang));
                RosterCliTest.Run r = RosterCliTest.run(args.toArray(String[]::new));
                assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.err());
                assertFalse(r.out().contains("%n"), r.out());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            if (!into.contains(next)) {
                into.add(next);
                collect(sub, next, into);
            }
        });
    }
}
