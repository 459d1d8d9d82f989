package dev.agentctl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule catalogue is consistent: ids unique and in order, names and texts well formed, every rule fixtured. */
class RuleCatalogTest {

    /**
     * Rules whose failing input cannot live in the repository as a fixture (a file over 1 MiB, an unreadable file,
     * a UTF-16 file the fixture reader cannot read as UTF-8).
     */
    private static final Set<String> GENERATED_FIXTURES = Set.of("AG010", "AG011", "AG036");

    @Test
    void idsAreUniqueSequentialAndNamesKebabCase() {
        List<RuleMeta> metas = RuleRegistry.metas();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < metas.size(); i++) {
            RuleMeta m = metas.get(i);
            assertEquals(String.format("AG%03d", i + 1), m.id(), "ids are AG001, AG002, … in registry order");
            assertTrue(m.name().matches("[a-z]+(-[a-z]+)*"), m.id() + " name is kebab-case: " + m.name());
            assertTrue(names.add(m.name()), "duplicate rule name " + m.name());
            assertFalse(m.summary().endsWith("."), m.id() + " summary has no trailing period");
            assertTrue(m.explanation().length() > 80, m.id() + " explains itself");
        }
    }

    @Test
    void everyRuleHasFailingAndPassingFixtures() throws IOException {
        List<String> missing = new ArrayList<>();
        for (RuleMeta m : RuleRegistry.metas()) {
            if (GENERATED_FIXTURES.contains(m.id())) {
                continue;
            }
            Path dir = RuleFixturesTest.FIXTURES.resolve(m.id());
            List<String> names = Files.isDirectory(dir)
                    ? Files.list(dir).map(p -> p.getFileName().toString()).toList() : List.of();
            if (names.stream().noneMatch(n -> n.startsWith("fail"))) {
                missing.add(m.id() + " has no failing fixture");
            }
            if (names.stream().noneMatch(n -> n.startsWith("pass"))) {
                missing.add(m.id() + " has no passing fixture");
            }
            if (m.fixable() && names.stream().noneMatch(n -> n.endsWith(".fixed.md"))) {
                missing.add(m.id() + " is fixable but has no .fixed.md fixture");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void fileOverTheSizeLimitIsReportedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.md");
        byte[] content = new byte[1_048_577];
        java.util.Arrays.fill(content, (byte) 'a');
        System.arraycopy("---\nname: big\ndescription: Big\n---\n".getBytes(), 0, content, 0, 34);
        Files.write(big, content);
        Path atLimit = dir.resolve("at-limit.md");
        Files.write(atLimit, java.util.Arrays.copyOf(content, 1_048_576));
        List<Diagnostic> found = RuleFixturesTest.lint(RuleRegistry.find("AG010").orElseThrow(), dir);
        assertEquals(List.of("big.md AG010"), found.stream().filter(d -> d.ruleId().equals("AG010"))
                .map(d -> Path.of(d.file()).getFileName() + " " + d.ruleId()).toList());
    }

    @Test
    void brokenLinkIsReportedAsUnreadable(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("agent.md"), dir.resolve("missing-target.md"));
        List<Diagnostic> found = RuleFixturesTest.lint(RuleRegistry.find("AG011").orElseThrow(), dir);
        assertEquals(List.of("this file is a symbolic link to nothing"),
                found.stream().filter(d -> d.ruleId().equals("AG011")).map(Diagnostic::message).toList());
    }

    @Test
    void utf16AndUtf32FilesAreReportedAsWrongEncoding(@TempDir Path dir) throws IOException {
        String agent = "---\nname: wide\ndescription: Saved by a Windows editor\n---\nYou review code.\n";
        Files.write(dir.resolve("utf16le.md"), encoded(agent, "UTF-16LE", 0xFF, 0xFE));
        Files.write(dir.resolve("utf16be.md"), encoded(agent, "UTF-16BE", 0xFE, 0xFF));
        Files.write(dir.resolve("utf32le.md"), encoded(agent, "UTF-32LE", 0xFF, 0xFE, 0x00, 0x00));
        Files.write(dir.resolve("utf8.md"), encoded(agent, "UTF-8", 0xEF, 0xBB, 0xBF));
        List<Diagnostic> found = RuleFixturesTest.lint(RuleRegistry.find("AG036").orElseThrow(), dir);
        assertEquals(List.of("utf16be.md: the file is UTF-16BE text, but Claude Code reads agent files as UTF-8 and "
                        + "finds no frontmatter, so it ignores this file; save it as UTF-8",
                        "utf16le.md: the file is UTF-16LE text, but Claude Code reads agent files as UTF-8 and "
                        + "finds no frontmatter, so it ignores this file; save it as UTF-8",
                        "utf32le.md: the file is UTF-32LE text, but Claude Code reads agent files as UTF-8 and "
                        + "finds no frontmatter, so it ignores this file; save it as UTF-8"),
                found.stream().filter(d -> d.ruleId().equals("AG036"))
                        .map(d -> Path.of(d.file()).getFileName() + ": " + d.message()).sorted().toList());
    }

    private static byte[] encoded(String text, String charset, int... byteOrderMark) {
        byte[] body = text.getBytes(java.nio.charset.Charset.forName(charset));
        byte[] out = new byte[byteOrderMark.length + body.length];
        for (int i = 0; i < byteOrderMark.length; i++) {
            out[i] = (byte) byteOrderMark[i];
        }
        System.arraycopy(body, 0, out, byteOrderMark.length, body.length);
        return out;
    }

    @Test
    void everyRegisteredRuleIsAnnotatedAndListedOnce() {
        Set<Class<?>> seen = new HashSet<>();
        for (Rule r : RuleRegistry.all()) {
            assertTrue(seen.add(r.getClass()), r.getClass() + " registered twice");
            assertTrue(r.getClass().isAnnotationPresent(RuleInfo.class));
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/agentctl/rules"))) {
            long ruleSources = sources.filter(p -> {
                try {
                    return Files.readString(p).contains("@RuleInfo(id");
                } catch (IOException e) {
                    return false;
                }
            }).count();
            assertEquals(ruleSources, seen.size(), "every @RuleInfo class is in RuleRegistry");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
