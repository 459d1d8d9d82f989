package dev.agentctl.merge;

import static dev.agentctl.merge.MergeFixtures.MERGER;
import static dev.agentctl.merge.MergeFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.parse.AgentDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tools as a policy with a warning, --name as a selection, and frontmatter values that keep their types. */
class ToolsNameAndTypesTest {

    private static AgentDocument agent(String file, String name, String tools) {
        return parse(file, "---\nname: " + name + "\ndescription: Use this agent for locks.\n"
                + (tools == null ? "" : "tools: " + tools + "\n") + "---\n\nYou are a locksmith.\n");
    }

    private static final List<AgentDocument> LOCKS = List.of(agent("a.md", "lock-smith", "Read, Grep"),
            agent("b.md", "lock-smith", null), agent("c.md", "lock-smith", "Read, Grep, Edit"));

    private static MergedProfile merge(List<AgentDocument> docs, ToolPolicy policy, boolean chosen) {
        return MERGER.merge(docs, null, new MergeOptions(policy, chosen, MergeOptions.Keep.ALL));
    }

    @Test
    void unionWithAVariantWithoutToolsGrantsAllAndWarnsNamingVariantsAndDefault() {
        MergedProfile p = merge(LOCKS, ToolPolicy.UNION, false);
        assertNull(p.tools());
        assertEquals(1, p.warnings().size());
        String w = p.warnings().get(0);
        assertTrue(w.contains("a.md (granted Read, Grep) gains all tools"), w);
        assertTrue(w.contains("c.md (granted Read, Grep, Edit) gains all tools"), w);
        assertTrue(w.contains("the default; choose with --tools"), w);
    }

    @Test
    void unionOfListsNamesTheToolsEachVariantGains() {
        MergedProfile p = merge(List.of(LOCKS.get(0), LOCKS.get(2)), ToolPolicy.UNION, true);
        assertEquals(List.of("Read", "Grep", "Edit"), p.tools());
        assertEquals(List.of("tools: the merged agent may use tools that not every variant granted (policy: union): a.md gains Edit"),
                p.warnings());
    }

    @Test
    void intersectionKeepsWhatEveryVariantGrantsAndWarnsOfNothing() {
        MergedProfile p = merge(LOCKS, ToolPolicy.INTERSECTION, true);
        assertEquals(List.of("Read", "Grep"), p.tools());
        assertTrue(p.warnings().isEmpty());
    }

    @Test
    void majorityKeepsWhatHalfTheVariantsGrantCountingAllToolsAsGrantingEach() {
        MergedProfile p = merge(LOCKS, ToolPolicy.MAJORITY, true);
        assertEquals(List.of("Read", "Grep", "Edit"), p.tools());
        assertTrue(p.warnings().get(0).endsWith("a.md gains Edit"), p.warnings().get(0));
        List<AgentDocument> mostlyAll = List.of(LOCKS.get(0), LOCKS.get(1), agent("d.md", "lock-smith", null));
        assertNull(merge(mostlyAll, ToolPolicy.MAJORITY, true).tools());
    }

    @Test
    void nameSelectsFilesIncludingPluginNamespacedOnes() {
        List<AgentDocument> docs = List.of(agent("a.md", "lock-smith", null), agent("b.md", "key-cutter", null),
                agent("c.md", "tools:lock-smith", null), agent("d.md", "other:key-cutter", null));
        Merger.Selection s = Merger.select(docs, "lock-smith");
        assertEquals(List.of("a.md", "c.md"), s.selected().stream().map(AgentDocument::displayPath).toList());
        assertEquals(List.of("b.md", "d.md"), s.leftOut().stream().map(AgentDocument::displayPath).toList());
        assertEquals(List.of("a.md", "c.md"), Merger.select(docs, "tools:lock-smith").selected().stream()
                .map(AgentDocument::displayPath).toList());
        assertTrue(Merger.select(docs, "lock").selected().isEmpty());
    }

    @Test
    void frontmatterKeepsListsNumbersAndBooleansTypedAndKeysUnquoted() {
        String front = "---\nname: lock-smith\ndescription: Use this agent for locks.\nmaxTurns: 5\nbackground: true\n"
                + "skills: [picking, fitting]\nmemoryScope: \"5\"\n---\n\nYou are a locksmith.\n";
        List<AgentDocument> docs = List.of(parse("a.md", front), parse("b.md", front));
        MergedProfile p = MERGER.merge(docs, null);
        String md = MarkdownRenderer.render(p);
        assertTrue(md.contains("\nmaxTurns: 5\n"), md);
        assertTrue(md.contains("\nbackground: true\n"), md);
        assertTrue(md.contains("\nskills: [picking, fitting]\n"), md);
        assertTrue(md.contains("\nmemoryScope: \"5\"\n"), md);
        String json = JsonRenderer.render(p);
        assertTrue(json.contains("\"maxTurns\" : 5,"), json);
        assertTrue(json.contains("\"background\" : true,"), json);
        assertTrue(json.contains("\"skills\" : [ \"picking\", \"fitting\" ]"), json);
        assertTrue(json.contains("\"memoryScope\" : \"5\""), json);
        assertTrue(json.contains("\"allTools\" : true"), json);
    }

    @Test
    void keepTakesAllMajorityOrANumber() {
        assertEquals(1, MergeOptions.Keep.parse("all").threshold(5));
        assertEquals(3, MergeOptions.Keep.parse("majority").threshold(5));
        assertEquals(2, MergeOptions.Keep.parse("majority").threshold(4));
        assertEquals(2, MergeOptions.Keep.parse("2").threshold(5));
        assertThrows(IllegalArgumentException.class, () -> MergeOptions.Keep.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> MergeOptions.Keep.parse("most"));
    }
}
