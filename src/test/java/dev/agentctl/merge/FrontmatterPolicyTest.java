package dev.agentctl.merge;

import static dev.agentctl.merge.MergeFixtures.MERGER;
import static dev.agentctl.merge.MergeFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.SharedData;
import dev.agentctl.model.AgentDefinition;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.ParsedFrontmatter;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.schema.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontmatterPolicyTest {

    private static final List<AgentDocument> FIXTURES = List.of(fixture("alpha.md"), fixture("beta.md"), fixture("gamma.md"));

    @Test
    void modelAndColourGoByMajorityAndConflictsAreReported() {
        MergedProfile p = MERGER.merge(FIXTURES, null);
        assertEquals("haiku", p.model());
        assertEquals("green", p.color());
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("model: variants disagree")));
    }

    @Test
    void aTieGoesToTheFirstFile() {
        MergedProfile p = MERGER.merge(List.of(fixture("alpha.md"), fixture("beta.md")), null);
        assertEquals("sonnet", p.model());
    }

    @Test
    void absentToolsMeanAllToolsSoTheUnionIsAll() {
        assertNull(MERGER.merge(FIXTURES, null).tools());
    }

    @Test
    void listedToolsAreUnitedWithLegacyNamesMappedAndRemovedToolsDropped() {
        MergedProfile p = MERGER.merge(List.of(fixture("alpha.md"), fixture("beta.md")), null);
        assertEquals(List.of("Read", "Bash", "Agent", "Grep"), p.tools());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("`MultiEdit`")));
    }

    @Test
    void descriptionKeepsOneTriggerAndEachExampleOnce() {
        MergedProfile p = MERGER.merge(List.of(fixture("alpha.md"), fixture("beta.md"), fixture("alpha.md")), null);
        assertTrue(p.description().startsWith("Use this agent when you need to plan or ship a release."));
        assertEquals(2, p.description().split("<example>", -1).length - 1);
    }

    @Test
    void examplesOfTheSameTriggerSituationCollapseAndTheNotesSaySo() {
        AgentDocument a = MergeFixtures.parse("a.md", "---\nname: shop-helper\ndescription: Use this agent for shops."
                + " <example>Context: user runs an online flower shop. user: 'Plan the checkout of my flower shop' assistant: 'I will use the shop-helper agent'</example>"
                + " <example>Context: user is late with taxes. user: 'File my taxes' assistant: 'Using the shop-helper agent'</example>\n---\nBody.\n");
        AgentDocument b = MergeFixtures.parse("b.md", "---\nname: shop-helper\ndescription: Shop helper."
                + " <example>Context: an online flower shop needs a checkout. user: 'Design checkout for the flower shop' assistant: 'Launching shop-helper'</example>\n---\nBody.\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        assertEquals(2, p.description().split("<example>", -1).length - 1);
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("description: left out an example of source 1")), p.notes().toString());
    }

    @Test
    void differentNamesNeedAName() {
        AgentDocument other = MergeFixtures.parse("other.md", "---\nname: other\ndescription: Other agent.\n---\nBody.\n");
        assertThrows(IllegalArgumentException.class, () -> MERGER.merge(List.of(fixture("alpha.md"), other), null));
        assertEquals("release-captain", MERGER.merge(List.of(fixture("alpha.md"), other), "release-captain").name());
    }

    @Test
    void unknownKeysStayOnlyWhenTheyAgree() {
        AgentDocument a = MergeFixtures.parse("a.md", "---\nname: x\ndescription: D.\nteam: infra\nowner: ann\n---\nBody.\n");
        AgentDocument b = MergeFixtures.parse("b.md", "---\nname: x\ndescription: D.\nteam: infra\nowner: bob\n---\nBody.\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        assertEquals(java.util.Map.of("team", "infra"), p.extra());
    }

    @Test
    void theOutputFrontmatterIsStrictYamlThatClaudeCodeLoadsCleanly() {
        assertLoadsCleanly(MarkdownRenderer.render(MERGER.merge(FIXTURES, null)));
        assertLoadsCleanly(MarkdownRenderer.render(MERGER.merge(List.of(fixture("alpha.md"), fixture("beta.md")), null)));
        AgentDocument tricky = MergeFixtures.parse("t.md",
                "---\nname: tricky\ndescription: 'Use: when --- \"quoted\" # not a comment'\n---\nBody.\n");
        assertLoadsCleanly(MarkdownRenderer.render(MERGER.merge(List.of(tricky), null)));
    }

    @Test
    void theMergedSamplesAreStrictYamlThatClaudeCodeLoadsCleanly() {
        assertLoadsCleanly(MarkdownRenderer.render(MERGER.merge(MergeFixtures.readAll(SharedData.require("seeds")), null)));
    }

    private static void assertLoadsCleanly(String text) {
        Vocabulary v = Vocabulary.builtIn();
        AgentDocument doc = MergeFixtures.parse("merged.md", text);
        assertTrue(doc.loads(), doc.reason());
        assertEquals(ParsedFrontmatter.Stage.STRICT, doc.frontmatter().stage());
        AgentDefinition a = doc.definition();
        assertTrue(a.nameValue().matches("[a-z0-9]+(-[a-z0-9]+)*"), a.nameValue());
        YamlNode.Entry color = doc.frontmatter().root().get("color");
        assertTrue(color == null || v.colors().contains(color.value().plain().toString()));
        YamlNode.Entry model = doc.frontmatter().root().get("model");
        assertTrue(model == null || v.isModelAlias(model.value().plain().toString()));
        for (String tool : a.tools().names()) {
            assertTrue(v.tools().contains(tool) || tool.startsWith("mcp__"), tool);
            assertFalse(v.removedTools().contains(tool) || v.legacyToolAliases().containsKey(tool), tool);
        }
        for (YamlNode.Entry e : doc.frontmatter().root().entries()) {
            assertTrue(v.recognizedKeys().contains(e.key()), "unknown key " + e.key());
        }
    }
}
