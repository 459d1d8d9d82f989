package dev.agentctl.merge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merge's own reading of text: plain text, sentences, words, terms and the lexical similarity. */
class TextModelTest {

    @Test
    void plainTextDropsMarkupButKeepsWords() {
        assertEquals("Security First: never skip the audit step", Text.plain("3. **Security First**: never skip the `audit` step"));
        assertEquals("Read the guide and snake_case names", Text.plain("- Read [the guide](https://x.y/z) and *snake_case* names"));
        assertEquals("Title", Text.plain("### Title"));
    }

    @Test
    void sentencesEndBeforeACapitalOrAnOpeningMark() {
        assertEquals(List.of("Ship often.", "Tag every build!", "Why?", "(Because.)"), Text.sentences("Ship often. Tag every build! Why? (Because.)"));
        assertEquals(List.of("Use e.g. small tags, i.e. one per build."), Text.sentences("Use e.g. small tags, i.e. one per build."));
        assertEquals(List.of("先测试。", "再发布。"), Text.sentences("先测试。再发布。"));
    }

    @Test
    void wordsSplitWhereLettersMeetDigits() {
        assertEquals(List.of("oauth", "2", "and", "oauth", "2", "0"), Text.words("OAuth2 and OAuth 2.0"));
    }

    @Test
    void termsLeaveOutFunctionWordsAndFoldInflection() {
        Terms terms = new Terms();
        assertEquals(Set.of("design", "api"), terms.of("Designing the APIs"));
        assertEquals(terms.of("designs an API"), terms.of("designed the APIs"));
        assertEquals(terms.of("caching"), terms.of("caches"));
        assertEquals(terms.of("tagging"), terms.of("tags"));
        assertTrue(!terms.of("security").equals(terms.of("secure")), "derivation is not folded");
        assertEquals(Set.of("analysis"), terms.of("analysis"));
    }

    @Test
    void lexicalSimilarityWeighsRareTermsAboveCommonOnes() {
        Terms terms = new Terms();
        List<String> texts = List.of("review the code", "review the tests", "review the idempotency keys", "review the docs");
        LexicalSimilarity sim = new LexicalSimilarity(terms, texts);
        assertTrue(sim.weight("idempotency") > sim.weight("review"));
        assertEquals(1.0, sim.similarity("review the code", "review the code"), 1e-9);
        assertTrue(sim.similarity("review idempotency keys", "check idempotency keys") > sim.similarity("review the code", "review the tests"));
        assertEquals(0.0, sim.similarity("review the code", "water the plants"), 1e-9);
    }

    private static double held(String part, String whole) {
        Terms terms = new Terms();
        return TermMatch.held(List.copyOf(terms.of(part)), TermMatch.acronyms(part), List.copyOf(terms.of(whole)),
                TermMatch.acronyms(whole), t -> 1.0);
    }

    @Test
    void anAcronymHoldsTheWordsItAbbreviatesAndTheyHoldIt() {
        assertEquals(1.0, held("RBAC for every service", "role-based access control for every service"), 1e-9);
        assertEquals(1.0, held("role-based access control for every service", "RBAC for every service"), 1e-9);
        // The initials must be of consecutive terms, in order.
        assertEquals(0.5, held("RBAC for every service", "access control based on roles for every service"), 1e-9);
        // A word in lower case is not an acronym.
        assertEquals(0.0, held("rbac service", "role-based access control"), 1e-9);
    }

    @Test
    void aClippedWordHoldsTheWordItClipsButAShorterWordOfHalfOrMoreDoesNot() {
        assertEquals(1.0, held("pub/sub patterns", "publish-subscribe patterns"), 1e-9);
        assertEquals(1.0, held("publish-subscribe patterns", "pub/sub patterns"), 1e-9);
        assertEquals(0.5, held("database migrations", "data migrations"), 1e-9);
        assertEquals(0.5, held("go routines", "google routines"), 1e-9);
    }
}
