package dev.agentctl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.agentctl.schema.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flat reader's subset, value by value: what it takes must read exactly as snakeyaml reads it (positions
 * included), and what it refuses goes to snakeyaml. The parse fuzz target checks the agreement on arbitrary input;
 * these cases pin down where the subset's edge lies.
 */
class FlatFrontmatterTest {

    private static final AgentLoader LOADER = new AgentLoader(new AgentParser(Vocabulary.builtIn()));

    @ParameterizedTest
    @ValueSource(strings = {
            "plain words", "'single'", "\"double\"", "12", "true", "~",
            "[]", "[ ]", "[Read]", "[Read, Grep, Glob]", "[\"Read\", \"Grep\"]", "['Read', \"Grep\", Glob]",
            "[Read,Grep]", "[ Read , Grep ]", "[two words, it's]", "[1, true, null, 2.5]", "[\"a]\", 'b,c']",
            "[Bash(git *), mcp__x__y]", "[a#b]", "[a\u2028b, c\u00a0]", "a\u2028b", "[\"\u2029\"]"})
    void takesAndAgrees(String value) {
        ParsedDoc doc = parse(value);
        YamlNode.Mapping flat = FlatFrontmatter.read(doc.source, doc.block, YamlFrontmatter::plainValue);
        assertNotNull(flat, () -> "the flat reader should take: " + value);
        assertEquals(YamlFrontmatter.parseYaml(doc.source, doc.block).root(), flat, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[a, b,]", "[a, , b]", "[, a]", "[a: b]", "[Bash(git:*)]", "[[a]]", "[{a}]", "[a] # note", "[a] b]",
            "['it''s']", "[\"a\\\"b\"]", "[a #b]", "[&x a]", "[*x]", "[-1]", "[a", "[\"a\", b c: d]"})
    void refusesAndLeavesItToYaml(String value) {
        ParsedDoc doc = parse(value);
        assertNull(FlatFrontmatter.read(doc.source, doc.block, YamlFrontmatter::plainValue),
                () -> "outside the flat subset: " + value);
        // The full parse still reads it, through snakeyaml.
        assertEquals(YamlFrontmatter.parseYaml(doc.source, doc.block), YamlFrontmatter.parse(doc.source, doc.block));
    }

    private record ParsedDoc(SourceFile source, FrontmatterBlock block) {
    }

    private static ParsedDoc parse(String value) {
        String file = String.join("\n", List.of("---", "name: probe", "tools: " + value, "description: d", "---",
                "Body.", ""));
        AgentDocument doc = LOADER.parse(Path.of("probe.md"), "probe.md", file.getBytes(StandardCharsets.UTF_8));
        return new ParsedDoc(doc.source(), doc.block());
    }
}
