package dev.agentctl.fix;

import dev.agentctl.CliRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentctl.SharedData;
import dev.agentctl.diag.TextEdit;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.FileDiscovery;
import dev.agentctl.rules.Linter;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agentctl fix} on every reference file (the spec's cases and the public corpus), copied to a temporary
 * directory: only the fixed spans change, {@code inspect} reports the same agent before and after (tools compared as
 * granted: legacy aliases resolved, repeats collapsed), {@code validate} finds nothing fixable afterwards, and a
 * second run changes nothing. Prints the figures the issue asks for.
 */
class FixRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fixingTheCorpusChangesOnlyFixedSpansAndNothingClaudeCodeLoads(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("agents");
        copy(SharedData.require("spec/cases"), root.resolve("cases"));
        copy(SharedData.require("corpus/files"), root.resolve("corpus"));
        Map<String, byte[]> original = contents(root);
        Map<String, JsonNode> inspectedBefore = inspect(root);

        int bytesOutsideSpans = 0;
        Vocabulary vocabulary = Vocabulary.builtIn();
        AgentParser parser = new AgentParser(vocabulary);
        Fixer fixer = new Fixer(new Linter(vocabulary, Map.of()), parser);
        AgentLoader loader = new AgentLoader(parser);
        Map<String, byte[]> expectedAfter = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        for (AgentFile file : FileDiscovery.discover(List.of(root), tmp, p -> true).files()) {
            FileFix result = fixer.fix(loader.load(file));
            bytesOutsideSpans += outsideSpans(result);
            if (result.refused()) {
                refused.add(file.displayPath() + ": " + result.refusal());
            }
            if (result.changed() && !result.refused()) {
                assertArrayEquals(original.get(key(root, file.path())), result.originalBytes(),
                        "agentctl reads " + file.displayPath() + " back byte for byte");
                expectedAfter.put(key(root, file.path()), result.fixedBytes());
            }
        }

        assertEquals(0, run("fix", root.toString()).exit());
        Map<String, byte[]> fixed = contents(root);
        assertEquals(original.keySet(), fixed.keySet(), "fix creates and deletes no files");
        List<String> changedFiles = new ArrayList<>();
        List<String> unexpectedBytes = new ArrayList<>();
        for (var e : original.entrySet()) {
            byte[] now = fixed.get(e.getKey());
            byte[] want = expectedAfter.getOrDefault(e.getKey(), e.getValue());
            if (!java.util.Arrays.equals(e.getValue(), now)) {
                changedFiles.add(e.getKey());
            }
            if (!java.util.Arrays.equals(want, now)) {
                unexpectedBytes.add(e.getKey());
            }
        }
        Map<String, JsonNode> inspectedAfter = inspect(root);
        List<String> inspectChanged = new ArrayList<>();
        for (var e : inspectedBefore.entrySet()) {
            if (!granted(e.getValue(), vocabulary).equals(granted(inspectedAfter.get(e.getKey()), vocabulary))) {
                inspectChanged.add(e.getKey() + ": " + e.getValue() + " became " + inspectedAfter.get(e.getKey()));
            }
        }
        List<String> leftFixable = new ArrayList<>();
        for (JsonNode d : JSON.readTree(run("validate", "--format", "json", root.toString()).out())) {
            if (!d.get("fix").isNull()) {
                leftFixable.add(d.get("file").asText() + ":" + d.get("line") + " " + d.get("ruleId").asText());
            }
        }
        CliRun again = run("fix", "--dry-run", root.toString());

        System.out.printf("fix round trip: %d files, %d changed, %d bytes changed outside fixed spans, "
                        + "%d files whose inspect result changed, %d findings left fixable, %d files refused%n",
                original.size(), changedFiles.size(), bytesOutsideSpans, inspectChanged.size(), leftFixable.size(),
                refused.size());
        refused.forEach(r -> System.out.println("  refused " + r));
        assertEquals(0, bytesOutsideSpans, "bytes changed outside the fixed spans");
        assertEquals(List.of(), unexpectedBytes, "files whose written bytes are not the fixed text");
        assertEquals(List.of(), inspectChanged, "files Claude Code would load differently after the fix");
        assertEquals(List.of(), leftFixable, "findings still fixable after the fix");
        assertEquals("", again.out(), "a second fix changes nothing");
        assertEquals(0, again.exit());
    }

    /** Characters that differ between each round's input and output outside the edits of that round. */
    private static int outsideSpans(FileFix result) {
        if (!result.changed()) {
            return 0;
        }
        // Rebuild the rounds' texts from the recorded edits, then check the final text agrees with the parse's.
        String text = result.before().source().text();
        int differing = 0;
        for (List<TextEdit> round : result.rounds()) {
            StringBuilder next = new StringBuilder();
            int at = 0;
            for (TextEdit e : round) {
                next.append(text, at, e.start()).append(e.replacement());
                at = e.end();
            }
            next.append(text, at, text.length());
            text = next.toString();
        }
        String actual = result.after().source().text();
        if (!actual.equals(text)) {
            differing += Math.max(1, Math.abs(actual.length() - text.length()));
        }
        return differing;
    }

    /** An inspect record with tool lists as what they grant: legacy aliases resolved, sorted, repeats collapsed. */
    private static JsonNode granted(JsonNode inspected, Vocabulary vocabulary) {
        ObjectNode copy = inspected.deepCopy();
        for (String field : List.of("tools", "disallowedTools")) {
            JsonNode tools = copy.get(field);
            if (tools != null && tools.isArray()) {
                TreeSet<String> names = new TreeSet<>();
                tools.forEach(t -> {
                    String entry = t.asText();
                    int paren = entry.indexOf('(');
                    String tool = paren > 0 ? entry.substring(0, paren) : entry;
                    names.add(vocabulary.legacyToolAliases().getOrDefault(tool, tool) + (paren > 0 ? entry.substring(paren) : ""));
                });
                ArrayNode list = copy.putArray(field);
                names.forEach(list::add);
            }
        }
        return copy;
    }

    private static Map<String, JsonNode> inspect(Path root) throws IOException {
        CliRun r = run("inspect", "--format", "json", root.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : r.out().split("\n")) {
            JsonNode node = JSON.readTree(line);
            out.put(node.get("file").asText(), node);
        }
        return out;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(key(root, f), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static String key(Path root, Path file) {
        return root.relativize(file).toString();
    }
}
