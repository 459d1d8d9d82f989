package dev.agentctl.merge;

import static dev.agentctl.merge.MergeFixtures.MERGER;
import static dev.agentctl.merge.MergeFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.parse.AgentDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentAndParaphraseTest {

    private static AgentDocument agent(String file, String body) {
        return MergeFixtures.parse(file, "---\nname: x\ndescription: Use this agent for tests.\n---\n\n" + body);
    }

    @Test
    void sectionsAlignOnTitleAndContent() {
        String merged = MarkdownRenderer.render(MERGER.merge(List.of(fixture("alpha.md"), fixture("beta.md")), null));
        // "Responsibilities" joins "Duties" on content; "Verification" joins "Checks".
        assertEquals(-1, merged.indexOf("## Responsibilities"));
        assertEquals(-1, merged.indexOf("## Verification"));
        assertTrue(merged.indexOf("Publish release notes") < merged.indexOf("## Checks"));
        assertTrue(merged.indexOf("container image builds") > merged.indexOf("## Checks"));
    }

    @Test
    void alignmentNeverChainsThroughAnotherVariant() {
        // b's section matches a's; c's matches only what b added, not a's founder: it stays a section of its own.
        AgentDocument a = agent("a.md", "## Caching\n\n- Cache hot database rows in Redis\n- Expire cached rows after writes\n");
        AgentDocument b = agent("b.md", "## Caching\n\n- Cache hot database rows in Redis\n- Warm the queue consumers at deploy time\n");
        AgentDocument c = agent("c.md", "## Queues\n\n- Warm the queue consumers at deploy time\n- Bound every queue consumer pool\n");
        MergedProfile p = MERGER.merge(List.of(a, b, c), null);
        assertEquals(List.of("Caching", "Queues"), p.sections().stream().map(MergedSection::title).toList());
    }

    @Test
    void theIntroductionNeverCoversAnInstructionOfTheBody() {
        AgentDocument a = agent("a.md", "You are an error detective skilled at correlating distributed system errors and failures.\n\n"
                + "## Approach\n\n- Read the logs first\n");
        AgentDocument b = agent("b.md", "You are an error detective.\n\n## Approach\n\n- Correlate errors across systems\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        String body = MarkdownRenderer.body(p.sections());
        assertTrue(body.contains("- Correlate errors across systems"), body);
    }

    @Test
    void aUnitContainedInALongerOneCollapsesIntoIt() {
        AgentDocument a = agent("a.md", "- Follow SOLID principles\n");
        AgentDocument b = agent("b.md", "- Follow SOLID principles and established design patterns in every service\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        assertEquals(List.of("Follow SOLID principles and established design patterns in every service"),
                p.sections().get(0).units().stream().map(MergedUnit::text).toList());
        UnitFate first = p.fates().get(0);
        assertEquals(UnitFate.Fate.COVERED, first.fate());
        assertEquals("1#1", first.coveredBy());
    }

    @Test
    void exactRepeatsCollapseAndOverlapsThatAddDetailStay() {
        AgentDocument a = agent("a.md", "- Caching layers (Redis, CDN, application-level)\n- Never treat security as an afterthought.\n");
        AgentDocument b = agent("b.md", "- Caching: Redis, Memcached, Application-level caching\n- Never treat security as an afterthought.\n");
        String body = MarkdownRenderer.body(MERGER.merge(List.of(a, b), null).sections());
        assertEquals(1, body.split("afterthought", -1).length - 1);
        assertTrue(body.contains("Memcached") && body.contains("CDN"));
    }

    @Test
    void personaLinesCollapseIntoOne() {
        AgentDocument a = agent("a.md", "You are a senior release engineer with ten years of experience shipping software.\n\n- Tag releases\n");
        AgentDocument b = agent("b.md", "You are a meticulous release engineer who ships mobile software. You love checklists.\n\n- Tag releases\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        MergedSection persona = p.sections().get(0);
        assertEquals(PromptSection.Role.PERSONA, persona.role());
        assertEquals(1, persona.units().size());
        String text = persona.units().get(0).text();
        assertEquals(1, text.split("You are", -1).length - 1, text);
        assertTrue(text.contains(". You also bring the experience of a meticulous release engineer who ships mobile software."), text);
        assertTrue(text.endsWith("You love checklists."));
    }

    @Test
    void distinctIdentityLinesFoldIntoOneIntroduction() {
        AgentDocument a = agent("a.md", "You are a senior release engineer. You automate everything.\n\n- Tag releases\n");
        AgentDocument b = agent("b.md", "You are an incident commander for payment outages.\n\n- Tag releases\n");
        AgentDocument c = agent("c.md", "You are a patient mentor to junior maintainers. You are responsible for the changelog."
                + "\n\n- Tag releases\n");
        String text = MERGER.merge(List.of(a, b, c), null).sections().get(0).units().get(0).text();
        assertEquals("You are a senior release engineer. You also bring the experience of an incident commander for payment"
                + " outages and of a patient mentor to junior maintainers. You automate everything. Be responsible for"
                + " the changelog.", text);
    }

    @Test
    void aMergedPersonaSaysItsTraitsAsInstructions() {
        // The introduction is the one "You are" sentence; a trait keeps every word but the pronoun and the verb.
        AgentDocument a = agent("a.md", "You are a senior release engineer. You are precise, thorough, and always cite the runbook."
                + " You are not to skip the changelog. You are working with the release team.\n\n- Tag releases\n");
        AgentDocument b = agent("b.md", "You are an incident commander for payment outages.\n\n- Tag releases\n");
        String text = MERGER.merge(List.of(a, b), null).sections().get(0).units().get(0).text();
        assertEquals("You are a senior release engineer. You also bring the experience of an incident commander for payment"
                + " outages. Be precise, thorough, and always cite the runbook. You are not to skip the changelog."
                + " You are working with the release team.", text);
        // One file alone is given back as written.
        assertTrue(MERGER.merge(List.of(a), null).sections().get(0).units().get(0).text().contains("You are precise"));
    }

    @Test
    void anItemSaidAgainWithClippedWordsOrAnAcronymIsOneItem() {
        AgentDocument a = agent("a.md", "## Patterns\n\n- Event-Driven: Event sourcing, CQRS, pub/sub patterns\n"
                + "- RBAC for tenant isolation and audit trails\n- Database migrations with rollbacks\n");
        AgentDocument b = agent("b.md", "## Patterns\n\n- Implement event sourcing, CQRS, and publish-subscribe patterns for event-driven"
                + " systems\n- Role-based access control for tenant isolation and audit trails\n- Data migrations with rollbacks\n");
        String body = MarkdownRenderer.body(MERGER.merge(List.of(a, b), null).sections());
        assertTrue(!body.contains("pub/sub"), body);
        assertTrue(body.contains("publish-subscribe"), body);
        // The acronym spelled out is the longer sentence, which stays.
        assertTrue(!body.contains("RBAC for tenant isolation") && body.contains("Role-based access control for tenant"), body);
        // "data" is a word of its own, not "database" clipped: both stay.
        assertTrue(body.contains("Database migrations") && body.contains("Data migrations"), body);
    }

    @Test
    void aPersonaSectionJoinsTheOpeningPersona() {
        AgentDocument a = agent("a.md", "You are a senior release engineer.\n\n## Duties\n\n- Tag releases\n");
        AgentDocument b = agent("b.md", "## Duties\n\n- Tag releases\n\n## Persona\n\nYou are an incident commander for payment outages.\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        assertEquals("You are a senior release engineer. You also bring the experience of an incident commander for payment outages.",
                p.sections().get(0).units().get(0).text());
        assertEquals(List.of("Duties"), p.sections().stream().skip(1).map(MergedSection::title).toList());
    }

    @Test
    void aLeadInAboveTitledSectionsAlignsAsATitle() {
        // "Your duties:" introduces the bold sections below it; alone at the end of the merge it would mean nothing.
        AgentDocument a = agent("a.md", "## Duties\n\n- Tag releases\n- Sign the artefacts\n");
        AgentDocument b = agent("b.md", "Your duties:\n\n**Releases:**\n- Tag releases\n- Publish notes\n");
        String body = MarkdownRenderer.body(MERGER.merge(List.of(a, b), null).sections());
        assertTrue(!body.contains("Your duties:"), body);
        assertTrue(body.contains("Publish notes"), body);
    }

    @Test
    void closingStatementsCollapseIntoOneParagraph() {
        AgentDocument a = agent("a.md", "- Tag releases\n\nAlways leave the main branch releasable.\n");
        AgentDocument b = agent("b.md", "- Tag releases\n\nKeep the main branch releasable at all times. Celebrate every release.\n");
        MergedProfile p = MERGER.merge(List.of(a, b), null);
        MergedSection closing = p.sections().get(p.sections().size() - 1);
        assertEquals(PromptSection.Role.CLOSING, closing.role());
        assertEquals(1, closing.units().size());
    }

    @Test
    void spellingsOfOneNameAreOneWord() {
        AgentDocument a = agent("a.md", "## Access\n\n- Sign users in with OAuth 2.0 and short tokens\n");
        AgentDocument b = agent("b.md", "## Access\n\n- Sign users in with OAuth2 and short tokens\n");
        assertEquals(1, MERGER.merge(List.of(a, b), null).sections().get(0).units().size());
    }

    @Test
    void aParaphraseInAnotherSectionStays() {
        AgentDocument a = agent("a.md", "## Planning\n\n- Plan for immediate needs and future growth of each shop feature\n\n## Other\n\n- Tag releases\n");
        AgentDocument b = agent("b.md", "## Reviews\n\n- Check each shop feature for current requirements, with growth in mind\n");
        String body = MarkdownRenderer.body(MERGER.merge(List.of(a, b), null).sections());
        assertTrue(body.contains("future growth") && body.contains("growth in mind"), body);
    }
}
