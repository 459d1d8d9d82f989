package dev.agentctl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.schema.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuppressionsTest {

    private static final AgentLoader LOADER = new AgentLoader(new AgentParser(Vocabulary.builtIn()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "body comment           | '<!-- agentctl-disable AG012 -->'            | AG012",
            "tab before directive   | '<!--\tagentctl-disable AG012 -->'           | AG012",
            "no blank before it     | '<!--agentctl-disable AG012-->'              | AG012",
            "second comment         | '<!-- note --> <!-- agentctl-disable AG012 -->' | AG012",
            "prose, not a comment   | 'Say agentctl-disable AG012 in a comment.'   | ''",
            "after other words      | '<!-- note: agentctl-disable AG012 -->'      | ''",
            "comment never closed   | '<!-- agentctl-disable AG012'                | ''",
    })
    void bodyDirectives(String what, String bodyLine, String expected) {
        assertTurnsOff(expected, "---\nname: a\ndescription: d\n---\n\nText.\n" + bodyLine + "\n", what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "first line             | '# agentctl-disable AG012\nname: a\ndescription: d' | AG012",
            "last line              | 'name: a\ndescription: d\n# agentctl-disable AG012' | AG012",
            "inside a value         | 'name: a\ndescription: d # agentctl-disable AG012' | ''",
    })
    void frontmatterDirectives(String what, String yaml, String expected) {
        assertTurnsOff(expected, "---\n" + yaml + "\n---\n\nText.\n", what);
    }

    /** @param ruleId the one rule the file should turn off, or "" for none */
    private static void assertTurnsOff(String ruleId, String file, String what) {
        AgentDocument doc = LOADER.parse(Path.of("a.md"), "a.md", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(ruleId.isEmpty() ? Set.of() : Set.of(ruleId), Suppressions.of(doc).ruleIds(), what);
    }
}
