package dev.agentctl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final Path FILE = Path.of("/repo/.agentctl.yaml");

    @Test
    void readsEveryKeyWithRuleNamesResolvedToIds() {
        Config c = ConfigLoader.parse(FILE, """
                rules:
                  repair-only-value: off
                  AG017: Error
                known-tools: [mcp__github]
                include: ["agents/**"]
                exclude: [agents/drafts]
                """);
        Map<String, Severity> expected = new LinkedHashMap<>();
        expected.put("AG012", null);
        expected.put("AG017", Severity.ERROR);
        assertEquals(expected, c.severities());
        assertEquals(List.of("mcp__github"), c.knownTools());
        assertTrue(c.includes(Path.of("/repo/agents/a.md")));
        assertTrue(c.includes(Path.of("/repo/agents/team/b.md")));
        assertFalse(c.includes(Path.of("/repo/agents/drafts/c.md")));
        assertFalse(c.includes(Path.of("/repo/docs/d.md")));
    }

    @Test
    void anEmptyFileIsAnEmptyConfiguration() {
        Config c = ConfigLoader.parse(FILE, "# nothing yet\n");
        assertEquals(Map.of(), c.severities());
        assertTrue(c.includes(Path.of("/elsewhere/x.md")));
    }

    @Test
    void doubleStarGlobsAlsoMatchAtTheTop() {
        Config c = ConfigLoader.parse(FILE, "exclude: ['**/README.md']\n");
        assertFalse(c.includes(Path.of("/repo/README.md")));
        assertFalse(c.includes(Path.of("/repo/agents/README.md")));
        assertTrue(c.includes(Path.of("/repo/agents/a.md")));
    }

    @Test
    void everyMistakeNamesTheFileAndTheKey() {
        assertError("unknown key `knowntools`", "knowntools: [x]\n");
        assertError("`rules.AG999`: no such rule", "rules: {AG999: off}\n");
        assertError("`rules.AG012`: expected one of off, error, warning, info, not `loud`", "rules: {AG012: loud}\n");
        assertError("`rules.AG012`: expected one of off, error, warning, info, not `false`", "rules: {AG012: false}\n");
        assertError("`rules` must map", "rules: [AG012]\n");
        assertError("`known-tools` must be a list of strings", "known-tools: mcp__x\n");
        assertError("`include` must be a list of strings, not `1`", "include: [1]\n");
        assertError("`exclude`: `[a` is not a valid glob", "exclude: ['[a']\n");
        assertError("not valid YAML", "rules: {AG012: off\n");
        assertError("not valid YAML", "rules: {}\nrules: {}\n");
        assertError("expected a mapping", "- rules\n");
    }

    private static void assertError(String expected, String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(FILE, yaml));
        assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "\"" + e.getMessage() + "\" should contain \"" + expected + "\"");
    }

    @Test
    void theNearestFileUpwardWins(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(dir.resolve(".agentctl.yaml"), "");
        Files.writeString(dir.resolve("a/.agentctl.yaml"), "");
        assertEquals(Optional.of(dir.resolve("a/.agentctl.yaml")), ConfigLoader.find(nested));
        assertEquals(Optional.of(dir.resolve(".agentctl.yaml")), ConfigLoader.find(dir));
    }
}
