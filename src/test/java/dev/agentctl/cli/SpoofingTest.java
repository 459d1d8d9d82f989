package dev.agentctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.report.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agent files that try to spoof the report: control characters, terminal escapes, bidirectional overrides and
 * workflow commands in keys, values and file names. Every format of {@code validate} and {@code inspect} must print
 * none of them as they are, and no line that GitHub Actions would run as a command.
 */
class SpoofingTest {

    /** Every vector, as YAML double-quoted escapes, in keys and in values. */
    private static final String HOSTILE = """
            ---
            name: spoof
            description: "Looks fine\\u202E)txt.exe"
            model: "\\e[2J\\e[Hopus"
            color: "\\u2066red"
            tools: "Read, Bash\\x9b31m"
            "x\\n::error file=README.md,line=1::Injected annotation": 1
            "y\\r::warning::carriage return": 2
            "\\e]8;;http://evil.example\\e\\\\link\\a": 3
            "a\\u2028::notice::line separator\\u2029paragraph\\x85next line": 4
            "##[error]the older command form": 5
            "\\x7fdel\\u200e\\u200f\\u061c\\u202a\\u202b\\u202c\\u202d\\u2067\\u2068\\u2069\\0\\b": 6
            "\\t  ::error::after white space": 7
            "Read\\u200b\\ufeff\\U000E0041\\U000E0042": 8
            ---
            You are an agent.
            """;

    /** The shape of agentctl's own annotations; anything else starting with :: would be injected. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "::(error|warning|notice) file=[^:,\\n]*,line=\\d+(,col=\\d+)?,endLine=\\d+(,endColumn=\\d+)?,title=AG\\d{3} [a-z-]+::[^\\n]*");

    @TempDir
    Path dir;

    @BeforeEach
    void hostileFiles() throws IOException {
        Files.writeString(dir.resolve("spoof.md"), HOSTILE);
        for (String name : List.of("n\n::error file=README.md,line=1::Injected.md", "\u202Egnp.md", "\u001b[31mred.md",
                "::error::at the start.md", "##[warning]old.md")) {
            Files.writeString(dir.resolve(name), HOSTILE.replace("name: spoof", "name: spoof-" + Math.abs(name.hashCode())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --format text", "validate --format text --color always", "validate --format json",
            "validate --format github", "validate --format sarif", "inspect", "inspect --format json"})
    void noOutputCarriesAnUnsafeCharacterOrAWorkflowCommand(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(dir.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertTrue(exit == 0 || exit == 1, () -> "exit " + exit + ": " + err);
        boolean github = command.contains("github");
        boolean colored = command.contains("always");
        assertFalse(out.toString().isEmpty(), "no report");
        for (int s = 0; s < 2; s++) {
            String stream = s == 0 ? out.toString() : err.toString();
            boolean stdout = s == 0;
            stream.codePoints().filter(c -> !(c == '\n' || colored && c == 0x1b)).filter(SafeText::isUnsafe).findFirst()
                    .ifPresent(c -> org.junit.jupiter.api.Assertions.fail(
                            command + " printed U+" + String.format("%04X", c) + " as it is:\n" + stream));
            assertFalse(stream.contains("##["), () -> command + " printed ##[:\n" + stream);
            for (String line : stream.split("\n", -1)) {
                String trimmed = line.replaceFirst("^[\\s\\u0085\\p{Z}]+", "");
                if (trimmed.startsWith("::")) {
                    assertTrue(github && stdout && ANNOTATION.matcher(line).matches(),
                            () -> command + " printed a workflow command:\n" + line);
                }
            }
        }
        if (github) {
            out.toString().lines().forEach(line -> assertTrue(ANNOTATION.matcher(line).matches(), line));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void theInjectedKeyIsShownEscapedOnItsOwnLine(String format) {
        StringWriter out = new StringWriter();
        Main.run(new String[] {"validate", "--format", format, dir.resolve("spoof.md").toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        String expected = format.equals("text") ? "`x\\n::error file=README.md,line=1::Injected annotation`"
                : "`x\\\\n::error file=README.md,line=1::Injected annotation`";
        assertTrue(out.toString().contains(expected), out::toString);
        assertEquals(1, out.toString().lines().filter(l -> l.contains("Injected annotation")).count(), out::toString);
    }
}
