package dev.agentctl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Fix;
import dev.agentctl.diag.Severity;
import dev.agentctl.diag.TextEdit;
import dev.agentctl.model.Location;
import dev.agentctl.rules.RuleMeta;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reporter on one diagnostic set that holds each case a format can get wrong: every severity, a span over
 * several lines, a non-ASCII path, a message with {@code %}, {@code ,}, {@code :} and a newline, a fix of two edits,
 * and paths outside the working directory (relative and absolute). Expected output is in
 * {@code src/test/resources/reporters/}; {@code -Dagentctl.golden.update=true} rewrites it, to be reviewed as a diff.
 * The rules are made up here, so the files change only when a reporter does.
 */
class ReporterGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/reporters");
    private static final boolean UPDATE = Boolean.getBoolean("agentctl.golden.update");
    /** What relative paths are relative to; SARIF turns the paths outside it into file URIs. */
    private static final Path WORKING_DIR = Path.of("/home/ann/project");

    static final List<RuleMeta> RULES = List.of(
            new RuleMeta("AG003", "invalid-yaml", Severity.ERROR, "The frontmatter is not YAML",
                    "Claude Code ignores the file.", false, true),
            new RuleMeta("AG012", "repair-only-value", Severity.WARNING, "A value loads only through Claude Code's repair",
                    "Quote the value.", true, true),
            new RuleMeta("AG018", "unknown-tool", Severity.WARNING, "A tool Claude Code does not know",
                    "Listing it grants nothing.", false, true),
            new RuleMeta("AG035", "not-an-agent", Severity.INFO, "A markdown file that is not an agent",
                    "Claude Code skips it.", false, true));

    static final List<Diagnostic> DIAGNOSTICS = List.of(
            // A span over three lines, in a file with a non-ASCII name.
            new Diagnostic("AG003", "invalid-yaml", Severity.ERROR,
                    "the frontmatter is not valid YAML (a mapping cannot start here); Claude Code ignores this file",
                    "agents/résumé-审阅.md", new Location(2, 14, 4, 3, 18, 61), null),
            // A message with %, a comma, a colon and a newline (from a quoted value), and a fix of two edits.
            new Diagnostic("AG012", "repair-only-value", Severity.WARNING,
                    "`description` is not valid YAML unquoted: `100% sure, mostly\nor not`", "agents/reviewer.md",
                    new Location(3, 14, 3, 40, 33, 59),
                    new Fix("quote the value", List.of(new TextEdit(33, 33, "\""), new TextEdit(59, 59, "\"")))),
            new Diagnostic("AG018", "unknown-tool", Severity.WARNING, "`Frobnicate` is not a Claude Code tool",
                    "agents/reviewer.md", new Location(4, 15, 4, 25, 74, 84), null),
            // Outside the working directory: as the user wrote it, relative, and absolute.
            new Diagnostic("AG035", "not-an-agent", Severity.INFO, "no frontmatter; Claude Code skips this file",
                    "../shared-agents/README.md", Location.FILE_START, null),
            new Diagnostic("AG018", "unknown-tool", Severity.WARNING, "`mcp__db` is not a Claude Code tool",
                    "/opt/team agents, v2/db.md", new Location(5, 8, 5, 15, 60, 67), null));

    static Report report() {
        return new Report(DIAGNOSTICS, 4, RULES, "1.2.3");
    }

    private static Map<String, Reporter> reporters() {
        Map<String, Reporter> all = new LinkedHashMap<>();
        for (OutputFormat format : OutputFormat.values()) {
            all.put(format.name(), format == OutputFormat.sarif ? new SarifReporter(WORKING_DIR) : format.reporter(false));
        }
        all.put("text-color", new TextReporter(true));
        return all;
    }

    static String render(Reporter reporter) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report(), out);
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyFormatWritesTheSharedSetAsTheGoldenFileSays() {
        List<DynamicTest> tests = new ArrayList<>();
        reporters().forEach((name, reporter) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            Path golden = GOLDEN.resolve("diagnostics." + name);
            String actual = render(reporter);
            if (UPDATE) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } else {
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "output of " + name);
            }
        })));
        return tests.stream();
    }

    @Test
    void everyFormatIsCovered() {
        for (OutputFormat format : OutputFormat.values()) {
            assertTrue(Files.isRegularFile(GOLDEN.resolve("diagnostics." + format.name())), format.name());
        }
    }

    @Test
    void githubGivesColumnsOnlyOnASingleLineSpan() throws IOException {
        List<String> lines = render(new GithubReporter()).lines().toList();
        assertEquals(DIAGNOSTICS.size(), lines.size(), "one command a finding, whatever the message holds");
        String multiLine = lines.stream().filter(l -> l.contains("AG003")).findFirst().orElseThrow();
        assertFalse(multiLine.contains(",col=") || multiLine.contains(",endColumn="), multiLine);
        assertTrue(multiLine.startsWith("::error file=agents/résumé-审阅.md,line=2,endLine=4,title="), multiLine);
        String oneLine = lines.stream().filter(l -> l.contains("Frobnicate")).findFirst().orElseThrow();
        assertTrue(oneLine.contains(",line=4,col=15,endLine=4,endColumn=25,"), oneLine);
        String escaped = lines.stream().filter(l -> l.contains("AG012")).findFirst().orElseThrow();
        assertTrue(escaped.endsWith("::`description` is not valid YAML unquoted: `100%25 sure, mostly\\nor not`"), escaped);
        assertTrue(lines.stream().filter(l -> l.contains("team agents")).findFirst().orElseThrow()
                .startsWith("::warning file=/opt/team agents%2C v2/db.md,"));
    }

    @Test
    void githubEscapesPropertiesAndDataAsTheToolkitDoes() {
        assertEquals("a%25b%0D%0Ac", GithubReporter.data("a%b\r\nc"));
        assertEquals("a%25b%0D%0Ac%3Ad%2Ce", GithubReporter.property("a%b\r\nc:d,e"));
    }

    @Test
    void sarifUsesBaseRelativeUrisInsideTheWorkingDirectoryAndFileUrisOutside() throws IOException {
        JsonNode run = new ObjectMapper().readTree(render(new SarifReporter(WORKING_DIR))).get("runs").get(0);
        List<String> uris = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            String uri = artifact.get("uri").asText();
            uris.add(uri);
            boolean absolute = uri.startsWith("file:///");
            assertEquals(!absolute, artifact.has("uriBaseId"), uri);
            assertFalse(uri.contains("..") || uri.startsWith("/"), uri);
        }
        assertEquals(List.of("../shared-agents/README.md", "/opt/team agents, v2/db.md", "agents/reviewer.md",
                "agents/reviewer.md", "agents/résumé-审阅.md"), report().diagnostics().stream().map(Diagnostic::file).toList());
        assertEquals(List.of("file:///home/ann/shared-agents/README.md", "file:///opt/team%20agents%2C%20v2/db.md",
                "agents/reviewer.md", "agents/reviewer.md", "agents/r%C3%A9sum%C3%A9-%E5%AE%A1%E9%98%85.md"), uris);
        assertEquals(SarifReporter.INFORMATION_URI, run.get("tool").get("driver").get("informationUri").asText());
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            assertEquals(SarifReporter.RULE_DOCS_URI + rule.get("id").asText() + ".md", rule.get("helpUri").asText());
        }
    }

    @Test
    void jsonKeepsTheFixAndThePathsExact() throws IOException {
        JsonNode findings = new ObjectMapper().readTree(render(new JsonReporter()));
        assertEquals(DIAGNOSTICS.size(), findings.size());
        JsonNode fixed = findings.get(2);
        assertEquals("agents/reviewer.md", fixed.get("file").asText());
        assertEquals(2, fixed.get("fix").get("edits").size());
        assertEquals("agents/résumé-审阅.md", findings.get(4).get("file").asText());
    }
}
