package dev.agentctl.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agentctl.FuzzSeeds;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.rules.Linter;
import dev.agentctl.schema.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@code fix}: whatever the file, fixing it must not change what Claude Code loads, must leave nothing fixable
 * behind, and must give the same bytes every time. The fixer refuses a result that would change the agent; here a
 * refusal is itself a failure (a rule offered an unsafe fix), except for text that is not valid UTF-8, which is
 * never rewritten.
 */
class FixFuzzTest {

    private static final Vocabulary VOCABULARY = Vocabulary.builtIn();
    private static final AgentParser PARSER = new AgentParser(VOCABULARY);
    private static final AgentLoader LOADER = new AgentLoader(PARSER);
    private static final Linter LINTER = new Linter(VOCABULARY, Map.of());
    private static final Fixer FIXER = new Fixer(LINTER, PARSER);
    private static final Path FILE = Path.of("fuzz.md");

    @FuzzTest
    @Tag("full") // Jazzer instruments classes from its first run on: see the tiers in pom.xml
    void fix(byte[] data) {
        check(data);
    }

    static Stream<Path> sharedFiles() {
        return FuzzSeeds.sharedAgentFiles();
    }

    @ParameterizedTest
    @MethodSource("sharedFiles")
    void sharedFilesKeepTheProperties(Path file) {
        check(FuzzSeeds.read(file));
    }

    private static void check(byte[] data) {
        if (data.length > VOCABULARY.fileSizeLimit()) {
            return; // never read, never fixed
        }
        AgentDocument before = LOADER.parse(FILE, "fuzz.md", data);
        FileFix result = FIXER.fix(before);
        if (!result.changed()) {
            return;
        }
        boolean lossyText = before.source().text().indexOf('\uFFFD') >= 0;
        assertTrue(!result.refused() || lossyText, () -> "a fix would change what Claude Code loads: " + result.refusal());
        if (result.refused()) {
            return;
        }
        List<String> changed = LoadedAgent.of(before, VOCABULARY).differences(LoadedAgent.of(result.after(), VOCABULARY));
        assertEquals(List.of(), changed, "what Claude Code loads, before and after the fix");
        if (result.rounds().size() < Fixer.MAX_ROUNDS) {
            List<Diagnostic> left = LINTER.check(result.after()).stream().filter(Diagnostic::fixable).toList();
            assertEquals(List.of(), left, "findings still fixable after fixing");
        }
        assertArrayEquals(result.fixedBytes(), FIXER.fix(before).fixedBytes(), "fixing twice gives the same bytes");
    }
}
