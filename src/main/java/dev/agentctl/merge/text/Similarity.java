package dev.agentctl.merge.text;

/**
 * How alike two pieces of prompt text are in what they talk about, from 0 (nothing in common) to 1 (the same). The
 * merge asks it which items are about the same thing (to make them one item), which sections share a topic and
 * which instructions are close but not the same (likely conflicts). {@link LexicalSimilarity} is the default;
 * {@link EmbeddingSimilarity} uses a sentence-embedding model when the build includes one.
 */
public interface Similarity {

    double similarity(String a, String b);

    /** A short name for {@code --explain}: "words" or "embedding". */
    String name();
}
