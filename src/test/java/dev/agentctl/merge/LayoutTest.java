package dev.agentctl.merge;

import static dev.agentctl.merge.MergeFixtures.MERGER;
import static dev.agentctl.merge.MergeFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.parse.AgentDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a profile a person would write, each on a small merge of its own. */
class LayoutTest {

    private static AgentDocument agent(String file, String body) {
        return parse(file, "---\nname: release-manager\ndescription: Use this agent to ship releases.\n---\n\n" + body);
    }

    private static String body(AgentDocument... docs) {
        return MarkdownRenderer.body(MERGER.merge(List.of(docs), null).sections());
    }

    private static MergedProfile merge(MergeOptions options, AgentDocument... docs) {
        return MERGER.merge(List.of(docs), null, options);
    }

    @Test
    void sectionsFollowTheOrderPeopleWritePromptsIn() {
        AgentDocument a = agent("a.md", "You are a release manager.\n\n## Constraints\n\n- Never ship on Fridays\n\n"
                + "## Output Format\n\n- A changelog entry per release\n\n## Expertise\n\n- Semantic versioning\n\n"
                + "## Workflow\n\n1. Freeze the branch\n2. Tag the release\n\n## Responsibilities\n\n- Own the release calendar\n");
        AgentDocument b = agent("b.md", "You are a release manager.\n\n## Responsibilities\n\n- Announce every release\n");
        String body = body(a, b);
        List<String> order = List.of("## Responsibilities", "## Workflow", "## Expertise", "## Output Format", "## Constraints");
        int last = -1;
        for (String heading : order) {
            int at = body.indexOf(heading);
            assertTrue(at > last, heading + " out of order in\n" + body);
            last = at;
        }
    }

    @Test
    void oneFileComesBackInItsOwnOrder() {
        AgentDocument a = agent("a.md", "You are a release manager.\n\n## Constraints\n\n- Never ship on Fridays\n\n"
                + "## Responsibilities\n\n- Own the release calendar\n");
        assertTrue(body(a).indexOf("## Constraints") < body(a).indexOf("## Responsibilities"));
    }

    @Test
    void listsOfOneSectionAreOneListNumberedOn() {
        AgentDocument a = agent("a.md", "## Steps\n\n1. Freeze the branch\n2. Tag the release candidate\n");
        AgentDocument b = agent("b.md", "## Steps\n\n- Freeze the branch\n- Publish the release notes to the wiki\n");
        String body = body(a, b);
        // The new item goes after the one that says its neighbour; all three are one numbered list.
        assertTrue(body.contains("1. Freeze the branch\n2. Publish the release notes to the wiki\n3. Tag the release candidate\n"), body);
    }

    @Test
    void anUntitledListGetsATitleAndParagraphsNeverLeadIntoAListTheyDoNotIntroduce() {
        AgentDocument a = agent("a.md", "You are a release manager.\n\n- Freeze the branch before tagging\n");
        AgentDocument b = agent("b.md", "You are a release manager.\n\n## Notes\n\nReleases happen weekly.\n\n- Sign every artefact\n");
        String body = body(a, b);
        assertTrue(body.contains("## Guidelines\n\n- Freeze the branch"), body);
        assertTrue(body.contains("## Notes\n\n- Sign every artefact\n\nReleases happen weekly."), body);
    }

    @Test
    void aListGoesOnUnderALeadInAfterAnItemHoldingABlock() {
        AgentDocument a = agent("a.md", "## Steps\n\n1. Tell the team:\n\n   ```\n   Release freeze starts now.\n   ```\n\n"
                + "2. Tag the release\n3. Publish the notes\n\n## Checks\n\n- Dependencies pinned\n\n  Lock files included.\n\n"
                + "- Licences listed\n");
        AgentDocument b = agent("b.md", "## Steps\n\n1. Tag the release\n2. Announce it on the blog\n");
        String body = body(a, b);
        assertTrue(body.contains("   ```\n\nThen:\n\n2. Tag the release\n3. Announce it on the blog\n4. Publish the notes\n"), body);
        assertTrue(body.contains("  Lock files included.\n\nAlso:\n\n- Licences listed\n"), body);
        // A list whose items hold nothing below their first line needs no lead-in.
        assertFalse(body(b, agent("c.md", "## Steps\n\n1. Tag the release\n2. Sign it\n")).contains("Then:"));
    }

    @Test
    void aTitleWrittenTwiceIsOneSection() {
        AgentDocument a = agent("a.md", "## Deployment & DevOps\n\n- Automate the pipeline end to end\n");
        AgentDocument b = agent("b.md", "**Deployment & DevOps:**\n\n- Keep rollbacks one command away\n\n## Other\n\n- Tag releases\n");
        String body = body(a, b);
        assertEquals(1, body.split("Deployment & DevOps", -1).length - 1, body);
        assertTrue(body.contains("- Automate the pipeline end to end\n- Keep rollbacks one command away"), body);
    }

    @Test
    void itemsUnderTheSameBoldTitleAreOneItemKeepingBothDetails() {
        AgentDocument a = agent("a.md", "## Principles\n\n1. **Security First**: Never treat security as an afterthought.\n"
                + "2. **Small Releases**: Ship small changes often.\n");
        AgentDocument b = agent("b.md", "## Practices\n\n- **Security First**: Sign every artefact with the release key.\n");
        String body = body(a, b);
        assertEquals(1, body.split("\\*\\*Security First\\*\\*", -1).length - 1, body);
        assertTrue(body.contains("**Security First**: Never treat security as an afterthought; Sign every artefact with the release key."), body);
    }

    @Test
    void titlesAnAuthorRepeatsSectionAfterSectionStayWithTheirSections() {
        AgentDocument a = agent("a.md", "## Severity\n\n### P1\n\n- **Impact**: Every user is blocked\n- **Response**: Page the on-call now\n\n"
                + "### P2\n\n- **Impact**: Some users see errors\n- **Response**: Acknowledge within the hour\n");
        AgentDocument b = agent("b.md", "## Severity\n\n### P1\n\n- **Impact**: Every user is blocked\n- **Response**: Page the on-call now\n"
                + "- **Updates**: Every fifteen minutes\n");
        String body = body(a, b);
        assertTrue(body.contains("### P1\n\n- **Impact**: Every user is blocked\n- **Response**: Page the on-call now\n- **Updates**"), body);
        assertTrue(body.contains("### P2\n\n- **Impact**: Some users see errors\n- **Response**: Acknowledge within the hour\n"), body);
    }

    @Test
    void anItemThatOpensWithAllAnotherSaysReplacesItInsteadOfRepeatingIt() {
        AgentDocument a = agent("a.md", "## Checks\n\n- Memory leaks\n- Race conditions\n");
        AgentDocument b = agent("b.md", "## Checks\n\n- **Memory leaks**: Look for unclosed resources\n");
        String body = body(a, b);
        assertTrue(body.contains("- **Memory leaks**: Look for unclosed resources\n"), body);
        assertFalse(body.contains("Memory leaks. Memory leaks") || body.contains("- Memory leaks\n"), body);
    }

    @Test
    void anItemOpensWithAnotherWordForWordWhateverMarkupItsLineStartsWith() {
        AgentDocument a = agent("a.md", "## Checklist\n\n- Input validation\n- Race conditions\n");
        AgentDocument b = agent("b.md", "## Checklist\n\n- [ ] Input validation implemented for all user inputs\n");
        String body = body(a, b);
        assertTrue(body.contains("- [ ] Input validation implemented for all user inputs\n"), body);
        assertFalse(body.contains("Input validation; "), body);
    }

    @Test
    void itemsNamedAlikeAreOneItemUnderTheLongerName() {
        AgentDocument a = agent("a.md", "## Audit\n\n- **Authentication Analysis**: Review JWT and OAuth2 token lifetimes and session expiry\n"
                + "- Never trust user input and validate every field\n");
        AgentDocument b = agent("b.md", "## Principles\n\n- **Authentication & Authorization Analysis**: Test JWT and OAuth2 flows"
                + " for flaws in session handling and credential storage.\n"
                + "- **Never Trust User Input**: Treat all external input as hostile.\n- **Fail Securely**: Default to a safe state.\n");
        String body = body(a, b);
        assertTrue(body.contains("- **Authentication & Authorization Analysis**: Review JWT and OAuth2 token lifetimes and session expiry; Test JWT"), body);
        assertTrue(body.contains("- Never trust user input and validate every field; Treat all external input as hostile.\n"), body);
        assertEquals(1, body.split("(?i)never trust user input", -1).length - 1, body);
        assertTrue(body.contains("**Fail Securely**"), body);
    }

    @Test
    void itemsThatSayTheSameThingInOtherWordsAreOneItem() {
        AgentDocument a = agent("a.md", "## Steps\n\n- Freeze the release branch and tag the release candidate\n- Announce the date\n");
        AgentDocument b = agent("b.md", "## Steps\n\n- Tag the release candidate once the branch is frozen, and tell the team\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        List<MergedUnit> units = p.sections().get(0).units();
        assertEquals(2, units.size(), MarkdownRenderer.body(p.sections()));
        assertEquals("Freeze the release branch and tag the release candidate; Tag the release candidate once the branch is"
                + " frozen, and tell the team", units.get(0).text());
        assertTrue(units.get(0).sources().contains("1#1"));
    }

    @Test
    void flatSectionsOfOneKindAndTopicFromDifferentVariantsAreOneSection() {
        AgentDocument a = agent("a.md", "When shipping a release, you will:\n\n- Freeze the release branch\n- Tag the release candidate\n");
        AgentDocument b = agent("b.md", "## Your Approach\n\n- Check the release candidate on staging\n- Freeze the release branch early\n");
        String body = body(a, b);
        assertFalse(body.contains("Your Approach"), body);
        assertTrue(body.contains("When shipping a release, you will:\n\n- Freeze"), body);
        assertTrue(body.contains("- Check the release candidate on staging"), body);
    }

    @Test
    void paragraphsHaveAtMostSixSentences() {
        String eight = "Ship often. Ship small. Tag every build. Sign every tag. Keep notes. Thank reviewers. Rest on Fridays. Sleep well.";
        AgentDocument a = agent("a.md", "## Notes\n\n" + eight + "\n\n- Tag releases\n");
        AgentDocument b = agent("b.md", "## Notes\n\n- Tag releases\n");
        String body = body(a, b);
        assertTrue(body.contains("Ship often. Ship small. Tag every build. Sign every tag.\n\nKeep notes. Thank reviewers. Rest on"
                + " Fridays. Sleep well."), body);
    }

    @Test
    void theProfileIntroducesItsAgentOnce() {
        AgentDocument a = agent("a.md", "You are a release manager for mobile apps.\n\n- Tag releases\n");
        AgentDocument b = agent("b.md", "- Tag releases\n\nYou are a calm incident commander.\n");
        String body = body(a, b);
        assertTrue(body.startsWith("You are a release manager for mobile apps. You also bring the experience of a calm incident"
                + " commander."), body);
        assertEquals(1, body.split("You are", -1).length - 1, body);
    }

    @Test
    void keepMajorityOrNKeepsWhatEnoughVariantsSayAndExplainListsTheRest() {
        AgentDocument a = agent("a.md", "You are a release manager.\n\n## Steps\n\n- Freeze the release branch\n- Announce the date on the blog\n");
        AgentDocument b = agent("b.md", "## Steps\n\n- Freeze the release branch\n- Sign artefacts with the hardware key\n");
        AgentDocument c = agent("c.md", "## Steps\n\n- Freeze the release branch\n- Sign artefacts with the hardware key\n- Water the plants\n");
        MergedProfile majority = merge(new MergeOptions(ToolPolicy.UNION, false, MergeOptions.Keep.MAJORITY), a, b, c);
        String body = MarkdownRenderer.body(majority.sections());
        assertTrue(body.startsWith("You are a release manager."), body);
        assertTrue(body.contains("Freeze the release branch") && body.contains("Sign artefacts"), body);
        assertFalse(body.contains("Announce") || body.contains("Water"), body);
        assertTrue(majority.remarks().stream().anyMatch(r -> r.kind().equals("left out") && r.detail().contains("Water the plants")));
        String three = MarkdownRenderer.body(merge(new MergeOptions(ToolPolicy.UNION, false, MergeOptions.Keep.parse("3")), a, b, c).sections());
        assertTrue(three.contains("Freeze the release branch") && !three.contains("Sign artefacts"), three);
        String all = MarkdownRenderer.body(merge(MergeOptions.DEFAULT, a, b, c).sections());
        assertTrue(all.contains("Water the plants") && all.contains("Announce"), all);
    }

    @Test
    void explainListsOneVariantsPrivateProtocolAsVariantSpecific() {
        AgentDocument a = agent("a.md", "## Steps\n\n- Freeze the release branch\n- **MANDATORY**: Report to release-train-coordinator daily\n"
                + "- Keep notes in RELEASES.md\n");
        AgentDocument b = agent("b.md", "## Steps\n\n- Freeze the release branch\n- Write end-to-end checks\n");
        List<Remark> specific = MERGER.merge(List.of(a, b), null).remarks().stream()
                .filter(r -> r.kind().equals("variant-specific")).toList();
        assertEquals(2, specific.size(), specific.toString());
        assertTrue(specific.get(0).detail().contains("MANDATORY") && specific.get(0).detail().contains("release-train-coordinator"),
                specific.toString());
        assertTrue(specific.get(1).detail().contains("RELEASES.md"), specific.toString());
    }

    @Test
    void explainListsUnitsCloseInTopicButNotTheSameAsLikelyConflicts() {
        AgentDocument a = agent("a.md", "## Review\n\n- Begin each code review with a short summary\n");
        AgentDocument b = agent("b.md", "## Review\n\n- Lead each code review with findings, the summary last\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        List<Remark> conflicts = p.remarks().stream().filter(r -> r.kind().equals("likely conflict")).toList();
        assertEquals(1, conflicts.size(), p.remarks().toString());
        assertEquals(List.of("0#1", "1#1"), conflicts.get(0).units());
        assertTrue(ExplainRenderer.render(p).contains("likely conflict: 0#1 1#1 "), ExplainRenderer.render(p));
    }

    @Test
    void aFenceItsFileLeftOpenIsClosedSoItDoesNotSwallowWhatFollows() {
        assertEquals("```\nexample\n```", MarkdownRenderer.closed("```\nexample"));
        assertEquals("~~~~js\nx\n~~~~", MarkdownRenderer.closed("~~~~js\nx"));
        assertEquals("```\nexample\n```", MarkdownRenderer.closed("```\nexample\n```"));
        assertEquals("> a quote", MarkdownRenderer.closed("> a quote"));
        AgentDocument a = agent("a.md", "## Notes\n\n- Tag releases\n\n```\nopen example\n");
        AgentDocument b = agent("b.md", "## Notes\n\n- Tag releases\n\n## Later\n\n- Sign artefacts\n");
        String body = body(a, b);
        assertTrue(body.contains("```\nopen example\n```\n"), body);
    }

    @Test
    void aLeadInStaysWithTheBlockItIntroduces() {
        AgentDocument a = agent("a.md", "## Summary\n\nEnd every review with:\n\n```\nVerdict: PASS\n```\n");
        AgentDocument b = agent("b.md", "## Summary\n\n- Count the files reviewed\n");
        String body = body(a, b);
        assertTrue(body.contains("## Summary\n\n- Count the files reviewed\n\nEnd every review with:\n\n```\nVerdict: PASS\n```"), body);
    }
}
