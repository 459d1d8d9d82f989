package dev.agentctl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules/} is what {@link RuleDocs} writes from the rules' metadata. After changing a rule, run with
 * {@code -Dagentctl.docs.update=true} to rewrite the pages, and commit them.
 */
class RuleDocsTest {

    private static final Path DOCS = Path.of("docs/rules");

    @Test
    void ruleDocsAreUpToDate() throws IOException {
        Map<String, String> pages = RuleDocs.pages(RuleRegistry.metas());
        if (Boolean.getBoolean("agentctl.docs.update")) {
            Files.createDirectories(DOCS);
            try (Stream<Path> old = Files.list(DOCS)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (var page : pages.entrySet()) {
                Files.writeString(DOCS.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> committed = new TreeMap<>();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path p : files.toList()) {
                committed.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Set<String> stale = pages.keySet().stream().filter(k -> !pages.get(k).equals(committed.get(k)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        committed.keySet().stream().filter(k -> !pages.containsKey(k)).forEach(stale::add);
        assertEquals(Set.of(), stale, "stale pages in docs/rules: run mvn test -Dtest=RuleDocsTest -Dagentctl.docs.update=true");
    }
}
