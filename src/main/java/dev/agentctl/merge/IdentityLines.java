package dev.agentctl.merge;

import dev.agentctl.merge.text.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the identity lines of a merged persona ("You are a senior backend architect …", "You are an elite systems
 * engineer …") into one introduction: the first line stays the one identity sentence, the others follow as what the
 * agent also brings ("You are A. You also bring the experience of B and of C."). Each variant introduces its agent
 * once, so a merged persona that kept every line would introduce it several times; folding keeps every word of each.
 */
final class IdentityLines {

    /**
     * "You are a/an/the …" (or "You're …"), up to the sentence's closing punctuation. The article makes it an identity:
     * "You are responsible for …" or "You are not to …" is an instruction and keeps its own sentence.
     */
    private static final Pattern IDENTITY = Pattern.compile("(?i)you(?: are|'re|’re)\\s+((?:a|an|the)\\s.+?)[.!]?\\s*");

    /**
     * "You are precise, thorough, …" (or "You're …"): a trait or duty stated as an identity. Not a negation ("You are
     * not to …") and not a progressive ("You are working on …"): those say something else as an imperative.
     */
    private static final Pattern TRAIT = Pattern.compile("[Yy]ou(?: are|'re|’re)\\s+(?!(?:not|never)\\b)(?![\\p{L}]+ing\\b)(\\p{Ll}.*)");

    private IdentityLines() {
    }

    /**
     * A persona that introduces its agent once says its traits as instructions: "You are precise, thorough, and always
     * reference the structure" becomes "Be precise, thorough, and always reference the structure", the same words but
     * the pronoun and the verb, so the introduction stays the one "You are" sentence.
     */
    private static String asInstruction(String sentence) {
        Matcher m = TRAIT.matcher(sentence);
        return m.matches() && !IDENTITY.matcher(sentence).matches() ? "Be " + m.group(1) : sentence;
    }

    /** The sentences with their identity lines folded into the first; other sentences keep their places. */
    static List<String> fold(List<String> sentences) {
        List<String> appositions = new ArrayList<>();
        int first = -1;
        String youAre = null;
        for (int i = 0; i < sentences.size(); i++) {
            Matcher m = IDENTITY.matcher(sentences.get(i));
            if (m.matches()) {
                appositions.add(m.group(1));
                if (first < 0) {
                    first = i;
                    youAre = sentences.get(i).substring(0, m.start(1));
                }
            }
        }
        // A role whose words the roles before it already have ("a release manager" after "a release manager for
        // mobile apps") adds nothing to the introduction.
        Set<String> seen = new HashSet<>();
        List<String> distinct = new ArrayList<>();
        for (String a : appositions) {
            List<String> words = Text.words(a);
            if (distinct.isEmpty() || !seen.containsAll(words)) {
                distinct.add(a);
            }
            seen.addAll(words);
        }
        appositions = distinct;
        if (appositions.size() < 2) {
            if (first < 0) {
                return sentences;
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i == first) {
                    out.add(sentences.get(i));
                } else if (!IDENTITY.matcher(sentences.get(i)).matches()) {
                    out.add(asInstruction(sentences.get(i)));
                }
            }
            return out;
        }
        // One identity sentence, as the first variant wrote it; the others' roles follow as what the agent also
        // brings, so that every word of each stays and the agent is introduced once.
        StringBuilder folded = new StringBuilder(youAre).append(appositions.get(0)).append(". You also bring the experience of ");
        for (int i = 1; i < appositions.size(); i++) {
            boolean last = i == appositions.size() - 1;
            if (i > 1) {
                folded.append(appositions.size() == 3 ? " and of " : last ? "; and of " : "; of ");
            }
            folded.append(appositions.get(i));
        }
        folded.append('.');
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i == first) {
                out.add(folded.toString());
            } else if (!IDENTITY.matcher(sentences.get(i)).matches()) {
                out.add(asInstruction(sentences.get(i)));
            }
        }
        return out;
    }
}
