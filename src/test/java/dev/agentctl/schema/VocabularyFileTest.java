package dev.agentctl.schema;

import dev.agentctl.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --vocabulary FILE}: checked key by key, laid over the built-in vocabulary, refused with the key named. */
class VocabularyFileTest {

    private static final String AGENT = "---\nname: helper\ndescription: Files issues\ntools: Read, mcp__github__create_issue, MyTool\n---\n\nYou file issues.\n";

    @Test
    void aPartialFileAddsToolsAndKeepsEverythingElse() throws Exception {
        Vocabulary v = overlay("{\"builtinToolNames\": [\"MyTool\"]}");
        assertTrue(v.tools().contains("MyTool"));
        assertTrue(v.tools().containsAll(Vocabulary.builtIn().tools()), "the built-in tools stay");
        assertEquals(Vocabulary.builtIn().recognizedKeys(), v.recognizedKeys());
        assertEquals(Vocabulary.builtIn().colors(), v.colors());
        assertEquals(Vocabulary.builtIn().version(), v.version());
    }

    @Test
    void mapsAddOrReplaceEntriesAndSingleValuesReplace() throws Exception {
        Vocabulary v = overlay("{\"legacyToolAliases\": {\"Find\": \"Grep\"}, \"fileSizeLimitBytes\": 10, \"version\": \"9.9.9\"}");
        assertEquals("Grep", v.legacyToolAliases().get("Find"));
        assertEquals("Agent", v.legacyToolAliases().get("Task"));
        assertEquals(10, v.fileSizeLimit());
        assertEquals("9.9.9", v.version());
    }

    @Test
    void theBuiltInVocabularyPassesItsOwnCheck() throws Exception {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/dev/agentctl/claude-code-vocabulary.json")) {
            Vocabulary v = Vocabulary.builtIn().overlaidWith(in);
            assertEquals(Vocabulary.builtIn().tools(), v.tools());
            assertEquals(Vocabulary.builtIn().hookEvents(), v.hookEvents());
        }
    }

    @Test
    void wrongTypesAreRefusedWithTheKeyNamed() {
        assertRefused("{\"builtinToolNames\": 5}", "`builtinToolNames` must be a list of strings, not a number");
        assertRefused("{\"builtinToolNames\": [\"a\", 3]}", "`builtinToolNames` must be a list of strings; item 2 is a number");
        assertRefused("{\"legacyToolAliases\": {\"A\": 5}}",
                "`legacyToolAliases` must be an object whose values are strings or null; `A` is a number");
        assertRefused("{\"fileSizeLimitBytes\": \"1 MiB\"}", "`fileSizeLimitBytes` must be an integer, not a string");
        assertRefused("{\"version\": null}", "`version` must be a string, not null");
    }

    @Test
    void unknownKeysAndNonObjectsAreRefused() {
        assertRefused("{\"buitinToolNames\": []}", "unknown key `buitinToolNames`");
        assertRefused("[\"Read\"]", "must be a JSON object of vocabulary keys, like the built-in vocabulary, not a list");
        assertRefused("", "is empty; write a JSON object of the vocabulary keys to change");
        org.junit.jupiter.api.Assertions.assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
                () -> overlay("{\"builtinToolNames\": [\"a\"],"));
    }

    @Test
    void theCommandLineExitsTwoNamingTheKeyAndSuggestingTheOneMeant(@TempDir Path dir) throws IOException {
        Path agent = Files.writeString(dir.resolve("helper.md"), AGENT);
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"buitinToolNames\": [\"MyTool\"]}");
        CliRun r = run("validate", "--vocabulary", typo.toString(), agent.toString());
        assertEquals(2, r.exit());
        assertEquals("agentctl: vocabulary " + typo + ": unknown key `buitinToolNames` (did you mean `builtinToolNames`?)\n", r.err());
        assertEquals("", r.out());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"builtinToolNames\": [\"MyTool\"");
        r = run("validate", "--vocabulary", broken.toString(), agent.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("agentctl: cannot read vocabulary " + broken + ":1:"), r.err());
        assertTrue(r.err().contains(": malformed JSON: "), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
    }

    @Test
    void aPartialFileOnTheCommandLineAddsMcpToolsWithoutRestatingTheRest(@TempDir Path dir) throws IOException {
        Path agent = Files.writeString(dir.resolve("helper.md"), AGENT);
        CliRun without = run("validate", "--format", "json", agent.toString());
        assertTrue(without.out().contains("`MyTool` is not a Claude Code tool"), without.out());
        Path vocabulary = Files.writeString(dir.resolve("tools.json"), "{\"builtinToolNames\": [\"MyTool\"]}");
        CliRun with = run("validate", "--format", "json", "--vocabulary", vocabulary.toString(), agent.toString());
        assertEquals(0, with.exit(), with.err());
        assertEquals("[]", with.out().replaceAll("\\s", ""), "no unknown tool, no unknown key: the rest of the vocabulary is still there");
    }

    @Test
    void versionNamesTheClaudeCodeReleaseTheRulesFollow() {
        CliRun r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("(Claude Code 2.1.332 rules)"), r.out());
    }

    private static Vocabulary overlay(String json) throws Exception {
        return Vocabulary.builtIn().overlaidWith(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String json, String message) {
        VocabularyException e = org.junit.jupiter.api.Assertions.assertThrows(VocabularyException.class, () -> overlay(json));
        assertEquals(message, e.getMessage());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
