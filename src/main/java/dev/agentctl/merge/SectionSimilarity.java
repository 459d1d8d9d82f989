package dev.agentctl.merge;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two sections are, on title and content together: titles alone make false friends ("Communication Style"
 * vs "Communication Patterns"), content alone misses short sections. Cosine over sets of content stems, so a score
 * depends only on the two sections, never on what else is being merged (which keeps merges idempotent).
 */
final class SectionSimilarity {

    private static final double TITLE_WEIGHT = 0.4;

    private SectionSimilarity() {
    }

    /** The words of a section, computed once per section. */
    record Words(Set<String> title, Set<String> content) {
        static Words of(PromptSection s, Lexicon lexicon) {
            Set<String> content = new HashSet<>();
            s.units().forEach(u -> collect(u, content, lexicon));
            return new Words(s.title() == null ? null : lexicon.stems(s.title()), content);
        }
    }

    static double score(Words a, Words b) {
        double content = cosine(a.content(), b.content());
        if (a.title() == null || b.title() == null) {
            return a.title() == null && b.title() == null ? content : (1 - TITLE_WEIGHT) * content;
        }
        return TITLE_WEIGHT * cosine(a.title(), b.title()) + (1 - TITLE_WEIGHT) * content;
    }

    private static void collect(PromptUnit u, Set<String> out, Lexicon lexicon) {
        out.addAll(lexicon.stems(u.text()));
        u.children().forEach(c -> collect(c, out, lexicon));
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
