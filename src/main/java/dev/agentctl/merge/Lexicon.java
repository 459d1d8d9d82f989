package dev.agentctl.merge;

import dev.agentctl.merge.text.Terms;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The terms of the texts of one merge ({@link Terms}), each text read once: a merge compares the same sentences many
 * times. Holds memos, so not thread-safe: one per merge.
 */
final class Lexicon {

    private final Terms terms = new Terms();
    private final Map<String, Integer> numbers = new HashMap<>();

    /** The terms of a text, in first-seen order; the same set object for the same text. */
    Set<String> stems(String text) {
        return terms.of(text);
    }

    /** A number for the term, the same for the same term throughout the merge: sets of terms as sorted arrays. */
    int number(String term) {
        return numbers.computeIfAbsent(term, t -> numbers.size());
    }

    Terms terms() {
        return terms;
    }
}
