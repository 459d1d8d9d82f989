package dev.agentctl.merge;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The content stems (and meanings) of the texts of one merge, each text and each word stemmed once: a merge compares the same
 * sentences many times, and stemming was most of its work. Holds memos, so not thread-safe: one per merge.
 */
final class Lexicon {

    private final Map<String, String> stemByWord = new HashMap<>();
    private final Map<String, Set<String>> stemsByText = new HashMap<>();
    private final Map<String, Set<String>> meaningByText = new HashMap<>();

    /** The content stems of a text, in first-seen order; the same set object for the same text. */
    Set<String> stems(String text) {
        Set<String> known = stemsByText.get(text);
        if (known == null) {
            known = ContentWords.stems(text, this::stem);
            stemsByText.put(text, known);
        }
        return known;
    }

    /** The text's concepts and content stems ({@link ConceptTable}): what the paraphrase rule compares. */
    Set<String> meaning(String text) {
        Set<String> known = meaningByText.get(text);
        if (known == null) {
            known = ConceptTable.BUILT_IN.meaning(ContentWords.words(text), this::stem);
            meaningByText.put(text, known);
        }
        return known;
    }

    private String stem(String word) {
        String known = stemByWord.get(word);
        if (known == null) {
            known = PorterStemmer.stem(word);
            stemByWord.put(word, known);
        }
        return known;
    }
}
