package dev.agentctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code -V}/{@code --version} name agentctl's version at the top level, and are usage errors on a subcommand. */
class VersionOptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"-V", "--version"})
    void theTopLevelPrintsTheVersion(String option) {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {option}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        assertTrue(out.toString().startsWith("agentctl ") && out.toString().contains("Claude Code"), out.toString());
    }

    @ParameterizedTest
    @CsvSource({"validate,agents", "fix,agents", "inspect,agents", "merge,agents", "rules,AG012", "completion,bash"})
    void aSubcommandRejectsIt(String command, String argument) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new String[] {command, "-V", argument}, new PrintWriter(out), new PrintWriter(err)));
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("Unknown option: '-V'"), err.toString());
    }
}
