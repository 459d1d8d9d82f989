package dev.agentctl.merge.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a text: its words without the function words of English grammar (articles, pronouns, prepositions,
 * conjunctions, auxiliary and modal verbs), each folded by a light normaliser so that inflections of one word meet
 * ("designs", "designing", "designed" → "design"; "caches", "caching" → "cach"). Deliberately light: it only removes
 * inflection, never derivation, so "secure" and "security" stay apart. Holds memos, so not thread-safe: one per merge.
 */
public final class Terms {

    /**
     * Closed-class words: the grammar of a sentence, never its topic. The list is English grammar, not a sample's
     * vocabulary: determiners, pronouns, prepositions, conjunctions, auxiliaries and modals, and a few adverbs that
     * only connect ("also", "then").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of((
            // determiners and quantifiers
            "a an the this that these those each every either neither any some no all both few many much more most"
            + " other another such own same "
            // pronouns
            + "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs"
            + " myself yourself itself ourselves themselves who whom whose which what "
            // prepositions
            + "about above across after against along among around as at before behind below beneath beside between"
            + " beyond by despite down during except for from in inside into like near of off on onto out outside over"
            + " past per since than through throughout till to toward towards under until up upon via with within"
            + " without "
            // conjunctions
            + "and but or nor so yet if because although though while whereas whether unless when where once "
            // auxiliaries and modals
            + "be am is are was were been being have has had having do does did doing can could may might must shall"
            + " should will would "
            // connecting adverbs
            + "also then there here too very just not only even etc").split("\\s+"));

    private final Map<String, String> folded = new HashMap<>();
    private final Map<String, Set<String>> byText = new HashMap<>();

    /** Whether a lowercased word is a function word. */
    public static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    /** The terms of a text, in first-seen order, unmodifiable; the same set object for the same text. */
    public Set<String> of(String text) {
        Set<String> known = byText.get(text);
        if (known == null) {
            Set<String> out = new LinkedHashSet<>();
            for (String w : Text.words(text)) {
                if (!FUNCTION_WORDS.contains(w)) {
                    out.add(fold(w));
                }
            }
            known = Collections.unmodifiableSet(out);
            byText.put(text, known);
        }
        return known;
    }

    private String fold(String word) {
        return folded.computeIfAbsent(word, Terms::normalise);
    }

    /**
     * Folds a lowercased word's inflection: plural and possessive {@code -s}, {@code -es}, {@code -ies}, then
     * {@code -ing} and {@code -ed}, then a final {@code e} and a doubled final consonant, so that a base form and
     * its inflected forms come out the same ("APIs" and "API"). Words of three letters or fewer, and words with digits,
     * stay whole.
     */
    static String normalise(String word) {
        if (word.length() < 4 || !isLetters(word)) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 5) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !(w.endsWith("is") && w.length() > 4)) {
            // "analysis", "basis" are not plurals; "APIs", "KPIs" are.
            w = w.substring(0, w.length() - 1);
        }
        boolean inflected = false;
        if (w.endsWith("ing") && w.length() > 6) {
            w = w.substring(0, w.length() - 3);
            inflected = true;
        } else if (w.endsWith("ed") && w.length() > 5) {
            w = w.substring(0, w.length() - 2);
            inflected = true;
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        // "tagging", "mapped": the consonant doubled for the ending goes with it.
        if (inflected && n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Share of {@code part}'s terms that {@code whole} also has: 1 when it says nothing {@code whole} does not. */
    public static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 1.0;
        }
        int shared = 0;
        for (String s : part) {
            if (whole.contains(s)) {
                shared++;
            }
        }
        return (double) shared / part.size();
    }
}
