package dev.agentctl.merge;

import dev.agentctl.merge.text.Terms;
import java.util.Set;

/**
 * The terms of the texts of one merge ({@link Terms}), each text read once: a merge compares the same sentences many
 * times. Holds memos, so not thread-safe: one per merge.
 */
final class Lexicon {

    private final Terms terms = new Terms();

    /** The terms of a text, in first-seen order; the same set object for the same text. */
    Set<String> stems(String text) {
        return terms.of(text);
    }

    Terms terms() {
        return terms;
    }
}
