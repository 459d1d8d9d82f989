package dev.agentctl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentctl.SharedData;
import dev.agentctl.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code agentctl inspect --format json} over every reference file and compares it with what Claude Code was
 * observed to do ({@code expected.jsonl} beside the files). Every disagreement is printed; the target is none.
 */
class ConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LOADED_FIELDS =
            List.of("name", "description", "tools", "disallowedTools", "model", "color", "systemPromptSha256");

    @Test
    void specCasesAgreeWithClaudeCode() throws IOException {
        assertAgrees(SharedData.require("spec/cases"));
    }

    /**
     * The project's own edge cases (tools with unbalanced parentheses or written as block scalars, hooks that are not a
     * mapping, guard hooks, blank names), each run through Claude Code 2.1.332 with the cc-live harness.
     */
    @Test
    void projectCasesAgreeWithClaudeCode() throws IOException {
        assertAgrees(Path.of("src/test/resources/conformance"));
    }

    @Test
    void sampleFilesAgreeWithClaudeCode() throws IOException {
        assertAgrees(SharedData.require("seeds"));
    }

    @Test
    void publicCorpusAgreesWithClaudeCode() throws IOException {
        assertAgrees(SharedData.require("corpus"));
    }

    private static void assertAgrees(Path dir) throws IOException {
        List<JsonNode> expected = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected.jsonl"))) {
            if (!line.isBlank()) {
                expected.add(JSON.readTree(line));
            }
        }
        List<String> args = new ArrayList<>(List.of("inspect", "--format", "json"));
        for (JsonNode e : expected) {
            args.add(dir.resolve(e.get("path").asText()).toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, exit, err::toString);

        Map<Path, JsonNode> actual = new LinkedHashMap<>();
        for (String line : out.toString().split("\n")) {
            JsonNode node = JSON.readTree(line);
            actual.put(Path.of(node.get("file").asText()).toAbsolutePath().normalize(), node);
        }
        List<String> mismatches = new ArrayList<>();
        int agree = 0;
        for (JsonNode e : expected) {
            Path file = dir.resolve(e.get("path").asText()).toAbsolutePath().normalize();
            JsonNode a = actual.get(file);
            List<String> diffs = new ArrayList<>();
            if (a == null) {
                diffs.add("not reported at all");
            } else {
                compare("outcome", e, a, diffs);
                if (e.get("outcome").asText().equals("loaded")) {
                    LOADED_FIELDS.forEach(f -> compare(f, e, a, diffs));
                }
            }
            if (diffs.isEmpty()) {
                agree++;
            } else {
                mismatches.add(e.get("path").asText() + ": " + String.join("; ", diffs));
            }
        }
        System.out.printf("conformance %s: %d of %d files agree%n", dir, agree, expected.size());
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertEquals(List.of(), mismatches, "files where agentctl and Claude Code disagree");
    }

    private static void compare(String field, JsonNode expected, JsonNode actual, List<String> diffs) {
        JsonNode e = expected.get(field);
        // Where the reference could not observe a value (null hash), there is nothing to compare.
        if (field.equals("systemPromptSha256") && (e == null || e.isNull())) {
            return;
        }
        JsonNode a = actual.get(field);
        if (!java.util.Objects.equals(e, a)) {
            diffs.add(field + " expected " + e + " but was " + a);
        }
    }
}
