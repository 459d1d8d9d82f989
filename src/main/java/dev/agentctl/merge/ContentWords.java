package dev.agentctl.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What a piece of prompt text says, reduced to comparable parts: markdown markup stripped, sentences split, and each
 * sentence's content words (stop words dropped, Porter-stemmed). The rules match the project's judge, so the merge
 * and the judge agree on when two sentences say the same words.
 */
final class ContentWords {

    private static final Set<String> STOP = Set.of(("a about above after again against all also am an and any are as"
            + " at be because been before being below between both but by can could did do does doing don't down during"
            + " each either etc even every few for from further had has have having here how i if in into is it its"
            + " itself just let may might more most must my no nor not now of off on once only or other our out over own"
            + " per rather same shall should so some such than that the their them then there these they this those"
            + " through to too under until up upon us use using very via was we were what when where whether which while"
            + " who why will with within without would you your yours e g eg ie").split(" "));

    private static final Pattern MARKER = Pattern.compile("^\\s*(#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>\\s*)");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<!\\w)[*_](.+?)[*_](?!\\w)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A sentence ends at . ! or ? followed by space and something that can start a sentence. */
    static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(*`\\[])");

    private ContentWords() {
    }

    /** One line of markdown as plain text: list marker, heading marks, emphasis, code ticks and link targets removed. */
    static String plain(String line) {
        String s = MARKER.matcher(line).replaceFirst("");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Splits markdown text (already without its list marker) into sentences, each kept as written. */
    static List<String> sentences(String markdown) {
        List<String> out = new ArrayList<>();
        for (String part : SENTENCE_BREAK.split(markdown.strip())) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The content stems of a text, in first-seen order, unmodifiable; {@link Lexicon} memoises this. */
    static Set<String> stems(String text, UnaryOperator<String> stemmer) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (!STOP.contains(w)) {
                out.add(stemmer.apply(w));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** All words of a text as the judge reads them, lowercased, stop words included, in order. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String s = wordText(text).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && isWordChar(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
        }
        return out;
    }

    static boolean isStopWord(String word) {
        return STOP.contains(word);
    }

    /**
     * The text with what {@link #plain} removes that holds word characters: the list or heading marker (an item
     * number is a word) and link targets. Emphasis, code ticks and spacing hold none, so their regexes, the bulk of
     * {@code plain}'s cost, are skipped; and each regex runs only when its text can occur.
     */
    private static String wordText(String text) {
        String s = text;
        String lead = s.stripLeading();
        if (!lead.isEmpty() && "#-*+>0123456789".indexOf(lead.charAt(0)) >= 0) {
            s = MARKER.matcher(s).replaceFirst("");
        }
        return s.contains("](") ? LINK.matcher(s).replaceAll("$1") : s;
    }

    /** The judge's words are runs of {@code [a-z0-9]} in the lowercased text. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Share of {@code part}'s stems that {@code whole} also has: 1 when it says nothing {@code whole} does not. */
    static double containment(Set<String> part, Set<String> whole) {
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
