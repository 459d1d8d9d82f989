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

    static double score(PromptSection a, PromptSection b) {
        double content = cosine(content(a), content(b));
        if (a.title() == null || b.title() == null) {
            return a.title() == null && b.title() == null ? content : (1 - TITLE_WEIGHT) * content;
        }
        return TITLE_WEIGHT * cosine(ContentWords.stems(a.title()), ContentWords.stems(b.title()))
                + (1 - TITLE_WEIGHT) * content;
    }

    private static Set<String> content(PromptSection s) {
        Set<String> out = new HashSet<>();
        for (PromptUnit u : s.units()) {
            collect(u, out);
        }
        return out;
    }

    private static void collect(PromptUnit u, Set<String> out) {
        out.addAll(ContentWords.stems(u.text()));
        u.children().forEach(c -> collect(c, out));
    }

    static double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.size() * b.size());
    }
}
