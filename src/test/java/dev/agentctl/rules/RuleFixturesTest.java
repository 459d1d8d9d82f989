package dev.agentctl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Fix;
import dev.agentctl.diag.Fixes;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.AgentScanner;
import dev.agentctl.project.ProjectModel;
import dev.agentctl.parse.SourceFile;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule on its fixtures in {@code src/test/resources/rules/AGnnn/}. A fixture names the findings it must
 * produce inline ({@code # expect: AG012} on the line, or {@code expect: AG001@2} for another line); a
 * {@code fail-x.fixed.md} beside {@code fail-x.md} is what the rule's fixes must turn it into.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Pattern EXPECT = Pattern.compile("expect: (AG\\d{3})(?:@(\\d+))?");

    @TestFactory
    Stream<DynamicTest> everyFixtureProducesExactlyItsExpectedFindings() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMeta rule : RuleRegistry.metas()) {
            Path dir = FIXTURES.resolve(rule.id());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path fixture : entries.sorted().toList()) {
                    if (!fixture.toString().endsWith(".fixed.md")) {
                        tests.add(DynamicTest.dynamicTest(rule.id() + "/" + fixture.getFileName(),
                                () -> assertFixture(rule, fixture)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void assertFixture(RuleMeta rule, Path fixture) throws IOException {
        List<Diagnostic> found = lint(rule, fixture);
        Set<String> expected = new TreeSet<>();
        Set<String> mentioned = new TreeSet<>(Set.of(rule.id()));
        List<Path> files;
        if (Files.isDirectory(fixture)) {
            try (Stream<Path> all = Files.walk(fixture)) {
                files = all.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(fixture);
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = EXPECT.matcher(lines.get(i));
                while (m.find()) {
                    int line = m.group(2) == null ? i + 1 : Integer.parseInt(m.group(2));
                    expected.add(file.getFileName() + ":" + line + " " + m.group(1));
                    mentioned.add(m.group(1));
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Diagnostic d : found) {
            if (mentioned.contains(d.ruleId())) {
                actual.add(Path.of(d.file()).getFileName() + ":" + d.location().line() + " " + d.ruleId());
            }
        }
        assertEquals(expected, actual, () -> "findings of " + fixture + ":\n" + describe(found));
        if (fixture.getFileName().toString().startsWith("pass")) {
            assertTrue(expected.stream().noneMatch(e -> e.endsWith(rule.id())), "a passing fixture expects no " + rule.id());
        } else {
            assertFalse(expected.isEmpty(), "a failing fixture must expect at least one finding");
        }
        Path fixed = fixture.resolveSibling(fixture.getFileName().toString().replace(".md", ".fixed.md"));
        if (!Files.isDirectory(fixture) && Files.exists(fixed)) {
            assertFixes(rule, fixture, fixed, found);
        }
    }

    private static void assertFixes(RuleMeta rule, Path fixture, Path fixed, List<Diagnostic> found) throws IOException {
        List<Fix> fixes = found.stream().filter(d -> d.ruleId().equals(rule.id()) && d.fixable()).map(Diagnostic::fix).toList();
        assertFalse(fixes.isEmpty(), rule.id() + " offers no fix on " + fixture);
        String text = SourceFile.of(fixture, fixture.toString(), Files.readAllBytes(fixture)).text();
        assertEquals(Files.readString(fixed), Fixes.apply(text, fixes), "fixed text of " + fixture);
        assertTrue(lint(rule, fixed).stream().noneMatch(d -> d.ruleId().equals(rule.id()) && d.fixable()),
                "the fix leaves a fixable " + rule.id() + " behind in " + fixed);
    }

    static List<Diagnostic> lint(RuleMeta rule, Path path) {
        Vocabulary vocabulary = Vocabulary.builtIn();
        Linter linter = new Linter(vocabulary, Map.of(rule.id(), rule.severity()));
        // Through the project model, as validate reads it: a fixture folder may hold a plugin or a .claude/ folder.
        var found = ProjectModel.of(List.of(path), Path.of(""), new ProjectModel.Options(null, true, p -> false));
        return linter.checkAll(found.files(), new AgentScanner(new AgentLoader(new AgentParser(vocabulary))),
                new ProjectFacts(found.findings(), found.skills(), found.located()));
    }

    private static String describe(List<Diagnostic> found) {
        StringBuilder s = new StringBuilder();
        found.forEach(d -> s.append("  ").append(d.file()).append(':').append(d.location().lineColumn()).append(' ')
                .append(d.ruleId()).append(' ').append(d.message()).append('\n'));
        return s.toString();
    }
}
