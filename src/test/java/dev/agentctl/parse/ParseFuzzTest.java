package dev.agentctl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agentctl.FuzzSeeds;
import dev.agentctl.model.Location;
import dev.agentctl.schema.Vocabulary;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the frontmatter split, the YAML parse and Claude Code's repair on arbitrary bytes: nothing may throw,
 * every position must lie in the file, and the flat reader ({@link FlatFrontmatter}) must agree with the YAML parser. {@code mvn verify -Pfull} runs the seeds only; {@code bench/fuzz.sh} fuzzes.
 */
class ParseFuzzTest {

    private static final AgentLoader LOADER = new AgentLoader(new AgentParser(Vocabulary.builtIn()));

    @FuzzTest
    @Tag("full") // Jazzer instruments classes from its first run on: see the tiers in pom.xml
    void splitParseAndRepair(byte[] data) {
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
        if (data.length > LOADER.parser().vocabulary().fileSizeLimit()) {
            return; // the loader never parses more
        }
        AgentDocument doc = LOADER.parse(Path.of("fuzz.md"), "fuzz.md", data);
        String text = doc.source().text();
        assertNotNull(doc.outcome());
        assertEquals(doc.loads(), doc.problem() == null, "a file loads exactly when nothing stops it");
        assertWithin(doc.reasonLocation(), text);
        if (doc.loads()) {
            assertTrue(doc.definition().nameValue() != null && !doc.definition().nameValue().isEmpty());
            assertNotNull(doc.definition().descriptionValue());
        }
        if (doc.block() != null) {
            FrontmatterBlock b = doc.block();
            assertTrue(0 < b.yamlStart() && b.yamlStart() <= b.yamlEnd() && b.yamlEnd() < b.bodyStart()
                    && b.bodyStart() <= text.length(), () -> "block " + b + " in " + text.length() + " characters");
            assertNodesWithin(doc.root(), text);
            // The flat reader must read exactly what the YAML parser reads, positions included.
            assertEquals(YamlFrontmatter.parseYaml(doc.source(), b), YamlFrontmatter.parse(doc.source(), b),
                    "the flat reader and the YAML parser disagree");
            doc.frontmatter().rewritten().forEach(r -> assertWithin(r.valueLocation(), text));
        }
        // The repair on any text: it never adds or removes a line, which the position mapping relies on.
        QuoteRepair.Result repaired = QuoteRepair.repair(text, YamlFrontmatter::isFlowList);
        assertEquals(text.split("\n", -1).length, repaired.text().split("\n", -1).length);
    }

    private static void assertNodesWithin(YamlNode node, String text) {
        assertWithin(node.location(), text);
        if (node instanceof YamlNode.Sequence s) {
            s.items().forEach(item -> assertNodesWithin(item, text));
        } else if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                assertWithin(e.keyLocation(), text);
                assertNodesWithin(e.value(), text);
            }
        }
    }

    static void assertWithin(Location l, String text) {
        assertTrue(0 <= l.startOffset() && l.startOffset() <= l.endOffset() && l.endOffset() <= text.length(),
                () -> "location " + l + " outside a text of " + text.length() + " characters");
    }
}
