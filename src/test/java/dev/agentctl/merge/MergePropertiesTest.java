package dev.agentctl.merge;

import static dev.agentctl.merge.MergeFixtures.MERGER;
import static dev.agentctl.merge.MergeFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.SharedData;
import dev.agentctl.parse.AgentDocument;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergePropertiesTest {

    private static final List<AgentDocument> FIXTURES = List.of(fixture("alpha.md"), fixture("beta.md"), fixture("gamma.md"));

    private static List<AgentDocument> samples() {
        var dir = SharedData.require("seeds");
        List<AgentDocument> docs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (var p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(MergeFixtures.parse(p.getFileName().toString(), Files.readString(p)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return docs;
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertEquals(MarkdownRenderer.render(MERGER.merge(FIXTURES, null)), MarkdownRenderer.render(MERGER.merge(FIXTURES, null)));
        assertEquals(JsonRenderer.render(MERGER.merge(FIXTURES, null)), JsonRenderer.render(MERGER.merge(FIXTURES, null)));
    }

    @Test
    void mergingTheOutputWithItsInputsChangesNothing() {
        assertIdempotent(FIXTURES);
    }

    @Test
    void mergingTheSamplesWithTheirOutputChangesNothing() {
        assertIdempotent(samples());
    }

    private static void assertIdempotent(List<AgentDocument> inputs) {
        String merged = MarkdownRenderer.render(MERGER.merge(inputs, null));
        List<AgentDocument> again = new ArrayList<>();
        again.add(MergeFixtures.parse("merged.md", merged));
        again.addAll(inputs);
        assertEquals(merged, MarkdownRenderer.render(MERGER.merge(again, null)));
    }

    @Test
    void oneFileComesBackUnchangedInContent() {
        for (AgentDocument doc : FIXTURES) {
            MergedProfile p = MERGER.merge(List.of(doc), null);
            assertEquals(sentences(doc.definition().systemPrompt()), sentences(MarkdownRenderer.body(p.sections())), doc.displayPath());
            assertTrue(p.fates().stream().allMatch(f -> f.fate() == UnitFate.Fate.KEPT));
        }
        for (AgentDocument doc : samples()) {
            MergedProfile p = MERGER.merge(List.of(doc), null);
            assertEquals(sentences(doc.definition().systemPrompt()), sentences(MarkdownRenderer.body(p.sections())), doc.displayPath());
        }
    }

    /** Content as a reader sees it: the words in order, whatever the markup, numbering and line breaks. */
    private static List<String> sentences(String body) {
        StringBuilder text = new StringBuilder();
        for (String line : body.split("\n")) {
            text.append(' ').append(dev.agentctl.merge.text.Text.plain(line));
        }
        return List.of(text.toString().strip().split("\\s+"));
    }

    @Test
    void noUnitIsDroppedWithoutNamingWhatCoversIt() {
        for (List<AgentDocument> inputs : List.of(FIXTURES, samples())) {
            MergedProfile p = MERGER.merge(inputs, null);
            Set<String> keptIds = new HashSet<>();
            collect(p, keptIds);
            for (UnitFate f : p.fates()) {
                if (f.fate() == UnitFate.Fate.KEPT || f.fate() == UnitFate.Fate.TRIMMED) {
                    assertTrue(keptIds.contains(f.unitId()) || keptIdsCarry(p, f.unitId()), "kept unit not in output: " + f);
                }
                if (f.fate() != UnitFate.Fate.KEPT) {
                    assertNotNull(f.coveredBy(), f.toString());
                    assertTrue(keptIdsCarry(p, f.coveredBy()), "covering unit not in output: " + f);
                }
            }
        }
    }

    private static void collect(MergedProfile p, Set<String> ids) {
        p.sections().forEach(s -> s.units().forEach(u -> collect(u, ids)));
    }

    private static void collect(MergedUnit u, Set<String> ids) {
        ids.add(u.id());
        u.children().forEach(c -> collect(c, ids));
    }

    /** A unit's words are in the output: it is kept itself or folded into a kept unit. */
    private static boolean keptIdsCarry(MergedProfile p, String id) {
        Set<String> all = new HashSet<>();
        p.sections().forEach(s -> s.units().forEach(u -> sources(u, all)));
        return all.contains(id);
    }

    private static void sources(MergedUnit u, Set<String> ids) {
        ids.addAll(u.sources());
        u.children().forEach(c -> sources(c, ids));
    }
}
