package dev.agentctl.merge;

/**
 * The thresholds of a merge, in one place so that docs and tests name the same numbers.
 *
 * @param coverage       share of a sentence's content stems another sentence must hold to say it; 0.85, so that
 *                       one new word in five (a technology added to a list) is kept
 * @param minimumStems   sentences with fewer content stems are compared only with equal ones in the same section
 * @param sectionMatch   lowest title-and-content similarity at which two sections are aligned (mutual best only)
 * @param sameBlock      share of a verbatim block's lines (code, table, quote) that kept lines must say for the block to
 *                       be the same example as theirs and go whole; below it the block stays whole
 * @param sectionTopic   lowest similarity of content at which flat sections of one kind from different variants are
 *                       one section ({@link Layout})
 * @param sameItem       lowest similarity at which items of different variants in one section are about the same thing
 *                       and become one item ({@link Layout})
 * @param conflict       lowest similarity at which two units of one section from different variants, not the same
 *                       item, are listed by {@code --explain} as a likely conflict
 * @param semantic       with {@code --semantic} only: the cosine of sentence embeddings at which a kept sentence of
 *                       another variant, with at least as many content stems, says a sentence anywhere in the body
 */
public record MergePolicy(double coverage, int minimumStems, double sectionMatch, double sameBlock, double sectionTopic, double sameItem, double conflict,
                          double semantic) {

    public static final MergePolicy DEFAULT = new MergePolicy(0.85, 3, 0.3, 0.8, 0.2, 0.5, 0.3, 0.85);
}
