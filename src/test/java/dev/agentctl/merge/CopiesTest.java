package dev.agentctl.merge;

import static dev.agentctl.merge.MergeFixtures.MERGER;
import static dev.agentctl.merge.MergeFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.parse.AgentDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variants with the same body (an agent copied into several plugins) are merged once and counted each. */
class CopiesTest {

    private static final String A = "You are a release manager.\n\n## Steps\n\n- Freeze the release branch\n"
            + "- Sign artefacts with the hardware key\n";
    private static final String B = "You are a release manager.\n\n## Steps\n\n- Freeze the release branch\n- Water the plants\n";

    private static AgentDocument agent(String file, String model, String body) {
        return parse(file, "---\nname: release-manager\ndescription: Use this agent to ship releases.\nmodel: " + model
                + "\n---\n\n" + body);
    }

    private static MergedProfile merge(MergeOptions options, AgentDocument... docs) {
        return MERGER.merge(List.of(docs), null, options);
    }

    @Test
    void aCopyAddsNothingToTheBody() {
        String once = MarkdownRenderer.body(merge(MergeOptions.DEFAULT, agent("a.md", "opus", A), agent("b.md", "opus", B)).sections());
        String copied = MarkdownRenderer.body(merge(MergeOptions.DEFAULT, agent("a.md", "opus", A), agent("b.md", "opus", B),
                agent("a-plugin.md", "sonnet", A)).sections());
        assertEquals(once, copied);
    }

    @Test
    void aCopyCountsAsAVariantThatSaysTheSame() {
        MergeOptions two = new MergeOptions(ToolPolicy.UNION, false, MergeOptions.Keep.parse("2"));
        String body = MarkdownRenderer.body(merge(two, agent("a.md", "opus", A), agent("b.md", "opus", B),
                agent("a-plugin.md", "sonnet", A)).sections());
        // Said by a.md and its copy: kept at 2. Said by b.md alone: left out.
        assertTrue(body.contains("Sign artefacts with the hardware key"), body);
        assertFalse(body.contains("Water the plants"), body);
    }

    @Test
    void explainSaysWhichFileACopysUnitsRepeat() {
        MergedProfile p = merge(MergeOptions.DEFAULT, agent("a.md", "opus", A), agent("b.md", "opus", B), agent("c.md", "haiku", A));
        List<UnitFate> copy = p.fates().stream().filter(f -> f.source().equals("c.md")).toList();
        assertEquals(3, copy.size(), p.fates().toString());
        assertTrue(copy.stream().allMatch(f -> f.fate() == UnitFate.Fate.COVERED && f.coveredBy().startsWith("0#")
                && f.reason().equals("same body as a.md")), copy.toString());
        // In input order: a.md's units, then b.md's, then the copy's.
        assertEquals(List.of("a.md", "a.md", "a.md", "b.md", "b.md", "b.md", "c.md", "c.md", "c.md"),
                p.fates().stream().map(UnitFate::source).toList());
    }
}
