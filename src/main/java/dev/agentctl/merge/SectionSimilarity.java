package dev.agentctl.merge;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How alike two sections are, on title and content together: titles alone make false friends ("Communication Style"
 * vs "Communication Patterns"), content alone misses short sections. Cosine over sets of content stems, so a score
 * depends only on the two sections, never on what else is being merged (which keeps merges idempotent).
 */
final class SectionSimilarity {

    private static final double TITLE_WEIGHT = 0.4;

    private SectionSimilarity() {
    }

    /**
     * The words of a section, computed once per section, as sorted term numbers ({@link Lexicon#number}): a merge
     * scores every section of every variant against every merged section, and comparing sorted numbers is a walk
     * down two arrays where comparing sets of strings is a hash lookup per word.
     */
    record Words(int[] title, int[] content) {
        /** @param sentences a unit's sentences (the merge's memo): their terms are the unit's, already read */
        static Words of(PromptSection s, Lexicon lexicon, Function<PromptUnit, List<String>> sentences) {
            Set<String> content = new HashSet<>();
            s.units().forEach(u -> collect(u, content, lexicon, sentences));
            return new Words(s.title() == null ? null : numbers(lexicon.stems(s.title()), lexicon), numbers(content, lexicon));
        }

        private static int[] numbers(Set<String> stems, Lexicon lexicon) {
            int[] out = stems.stream().mapToInt(lexicon::number).toArray();
            Arrays.sort(out);
            return out;
        }
    }

    static double score(Words a, Words b) {
        double content = cosine(a.content(), b.content());
        if (a.title() == null || b.title() == null) {
            return a.title() == null && b.title() == null ? content : (1 - TITLE_WEIGHT) * content;
        }
        return TITLE_WEIGHT * cosine(a.title(), b.title()) + (1 - TITLE_WEIGHT) * content;
    }

    /** {@link #cosine(Set, Set)} of two sets given as sorted arrays of distinct numbers. */
    static double cosine(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared / Math.sqrt((double) a.length * b.length);
    }

    private static void collect(PromptUnit u, Set<String> out, Lexicon lexicon, Function<PromptUnit, List<String>> sentences) {
        if (u.kind() == PromptUnit.Kind.VERBATIM) {
            out.addAll(lexicon.stems(u.text()));
        } else {
            sentences.apply(u).forEach(sentence -> out.addAll(lexicon.stems(sentence)));
        }
        u.children().forEach(c -> collect(c, out, lexicon, sentences));
    }

    static double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.size() * b.size());
    }
}
