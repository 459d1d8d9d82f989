package dev.agentctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentctl.FuzzSeeds;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Fixes;
import dev.agentctl.diag.Severity;
import dev.agentctl.diag.TextEdit;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.report.OutputFormat;
import dev.agentctl.report.Report;
import dev.agentctl.rules.Linter;
import dev.agentctl.rules.RuleRegistry;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes everything {@code inspect} and {@code validate} do with one file once it is read: parse, every rule (those
 * off by default too), the inspect lines, the text, JSON and GitHub reports. Nothing may throw; positions and fixes
 * must lie in the file; the JSON must parse.
 */
class InspectFuzzTest {

    private static final Vocabulary VOCABULARY = Vocabulary.builtIn();
    private static final AgentLoader LOADER = new AgentLoader(new AgentParser(VOCABULARY));
    private static final Linter LINTER = new Linter(VOCABULARY, Map.of("AG032", Severity.INFO));
    private static final AgentFile FILE = new AgentFile(Path.of("fuzz.md"), "fuzz.md", "/fuzz.md", true);
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest
    @Tag("full") // Jazzer instruments classes from its first run on: see the tiers in pom.xml
    void inspect(byte[] data) throws IOException {
        check(data);
    }

    static Stream<Path> sharedFiles() {
        return FuzzSeeds.sharedAgentFiles();
    }

    @ParameterizedTest
    @MethodSource("sharedFiles")
    void sharedFilesKeepTheProperties(Path file) throws IOException {
        check(FuzzSeeds.read(file));
    }

    private static void check(byte[] data) throws IOException {
        if (data.length > VOCABULARY.fileSizeLimit()) {
            return; // the loader never parses more
        }
        AgentDocument doc = LOADER.parse(FILE.path(), FILE.displayPath(), data);
        String text = doc.source().text();
        assertTrue(InspectCommand.text(FILE, doc).startsWith("fuzz.md: " + doc.outcome().jsonName()));
        JsonNode json = JSON.readTree(InspectCommand.json(FILE, doc));
        assertEquals(doc.outcome().jsonName(), json.get("outcome").asText());

        List<Diagnostic> diagnostics = LINTER.check(doc);
        for (Diagnostic d : diagnostics) {
            assertFalse(d.message().isBlank(), d.ruleId() + " says nothing");
            assertTrue(d.location().endOffset() <= text.length(), () -> d.ruleId() + " points past the end: " + d);
            if (d.fix() != null) {
                for (TextEdit e : d.fix().edits()) {
                    assertTrue(e.end() <= text.length(), () -> d.ruleId() + " edits past the end: " + d);
                }
            }
        }
        Fixes.apply(text, diagnostics.stream().map(Diagnostic::fix).filter(f -> f != null).toList());
        Report report = new Report(diagnostics, 1, RuleRegistry.metas(), "fuzz");
        for (OutputFormat format : List.of(OutputFormat.text, OutputFormat.json, OutputFormat.github)) {
            format.reporter(false).write(report, new StringWriter());
        }
    }
}
