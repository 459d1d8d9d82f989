package dev.agentctl.merge.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of one text's terms another text holds, when the same word may be written in another form: an acronym
 * and the words it abbreviates ("RBAC" and "role-based access control": a word written in capitals whose letters are
 * the initials of a run of consecutive terms of the other text), and a clipped word and the word it clips ("pub/sub"
 * and "publish-subscribe", "scaling" and "scalability": one term, of at least three letters, the beginning of the
 * other). Both are rules of how English shortens words, not a list of words. Weighted: a term counts by a weight
 * (its inverse document frequency in the merge), so a rare term missing counts more than a common one.
 */
public final class TermMatch {

    /** A word in capitals (a final lowercase "s" for its plural): how an acronym is written. */
    private static final Pattern ACRONYM = Pattern.compile("\\b(\\p{Lu}{2,8})s?\\b");
    private static final int CLIPPED = 3;

    private TermMatch() {
    }

    /** The acronyms a text writes, lowercased. */
    public static Set<String> acronyms(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = ACRONYM.matcher(Text.plain(text));
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Weighted share of {@code part}'s terms that {@code whole} holds, a term held when {@code whole} has it, a word it
     * clips or that clips it, or, with the acronyms of both texts, the acronym it is part of or the words it abbreviates.
     *
     * @param part        terms in text order
     * @param partAcronyms the acronyms {@code part}'s text writes ({@link #acronyms})
     * @param whole       terms in text order
     * @param wholeAcronyms the acronyms {@code whole}'s text writes
     */
    public static double held(List<String> part, Set<String> partAcronyms, List<String> whole, Set<String> wholeAcronyms,
                              ToDoubleFunction<String> weight) {
        if (part.isEmpty()) {
            return 1.0;
        }
        Set<String> wholeSet = new HashSet<>(whole);
        boolean[] held = new boolean[part.size()];
        for (int i = 0; i < part.size(); i++) {
            String t = part.get(i);
            held[i] = wholeSet.contains(t) || clips(t, whole);
        }
        // Acronyms of part that the whole spells out.
        for (String acronym : partAcronyms) {
            int i = part.indexOf(Terms.normalise(acronym));
            if (i >= 0 && !held[i] && initialsOfRun(acronym, whole) >= 0) {
                held[i] = true;
            }
        }
        // Words of part that the whole writes as one acronym: each of the run is held.
        for (String acronym : wholeAcronyms) {
            int at = initialsOfRun(acronym, part);
            if (at >= 0) {
                for (int j = at; j < at + acronym.length(); j++) {
                    held[j] = true;
                }
            }
        }
        double total = 0;
        double shared = 0;
        for (int i = 0; i < part.size(); i++) {
            double w = weight.applyAsDouble(part.get(i));
            total += w;
            if (held[i]) {
                shared += w;
            }
        }
        return total == 0 ? 1.0 : shared / total;
    }

    /** Whether a term and one of the others are a word and its clipped form: the shorter begins the longer. */
    private static boolean clips(String term, List<String> others) {
        if (term.length() < CLIPPED || !isLetters(term)) {
            return false;
        }
        for (String o : others) {
            String shorter = o.length() < term.length() ? o : term;
            String longer = shorter == o ? term : o;
            // A clipped word keeps the beginning and drops most of the word ("pub" of "publish"); a shorter word that
            // is half the other or more is another word or a compound's part ("data" of "database").
            if (shorter.length() >= CLIPPED && 2 * shorter.length() < longer.length() && isLetters(o) && longer.startsWith(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** Where a run of consecutive terms begins whose initials spell the acronym, or -1. */
    static int initialsOfRun(String acronym, List<String> terms) {
        int n = acronym.length();
        for (int start = 0; start + n <= terms.size(); start++) {
            boolean all = true;
            for (int j = 0; j < n && all; j++) {
                String t = terms.get(start + j);
                all = !t.isEmpty() && t.charAt(0) == acronym.charAt(j) && !t.equals(acronym);
            }
            if (all) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
