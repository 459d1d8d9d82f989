package dev.agentctl.merge.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the merge reads prompt text: markdown markup removed, text cut into sentences, sentences into words. The
 * rules are the merge's own and fit prompts: a sentence ends at {@code . ! ?} before a capital, a letter of a script
 * without case or an opening mark, or
 * at a full stop of a script without spaces; a word is a run of letters or digits in any script. Stateless.
 */
public final class Text {

    private Text() {
    }

    /**
     * One line of markdown as a reader sees it: without list marker, heading marks or quote mark, without emphasis
     * marks and code ticks, links reduced to their text; runs of space collapsed.
     */
    public static String plain(String markdown) {
        String s = stripLeader(markdown.strip());
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`') {
                continue;
            }
            if ((c == '*' || c == '_') && isEmphasisMark(s, i)) {
                continue;
            }
            if (c == ']' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                int close = s.indexOf(')', i + 2);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            if (c == '[' && s.indexOf("](", i) > 0) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** An asterisk or underscore that marks emphasis: not inside a word ({@code snake_case}, {@code 2*3}). */
    private static boolean isEmphasisMark(String s, int i) {
        char c = s.charAt(i);
        boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        return c == '*' || !(before && after);
    }

    /** Removes a leading list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}), heading marks or {@code >}. */
    private static String stripLeader(String s) {
        int i = 0;
        if (s.startsWith("#")) {
            while (i < s.length() && s.charAt(i) == '#') {
                i++;
            }
        } else if (s.startsWith(">")) {
            i = 1;
        } else if (s.length() > 1 && "-*+".indexOf(s.charAt(0)) >= 0 && s.charAt(1) == ' ') {
            i = 1;
        } else {
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == 0 || i >= s.length() || ".)".indexOf(s.charAt(i)) < 0 || i + 1 < s.length() && s.charAt(i + 1) != ' ') {
                return s;
            }
            i++;
        }
        return s.substring(i).strip();
    }

    /** Splits text into sentences, each kept as written (markup included). */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        String s = text.strip();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean end;
            int next;
            if (c == '。' || c == '！' || c == '？') {
                end = true;
                next = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                next = i + 1;
                while (next < s.length() && (s.charAt(next) == '*' || s.charAt(next) == '"' || s.charAt(next) == ')')) {
                    next++;
                }
                int gap = next;
                while (gap < s.length() && Character.isWhitespace(s.charAt(gap))) {
                    gap++;
                }
                end = gap > next && gap < s.length() && opensSentence(s.charAt(gap));
            } else {
                continue;
            }
            if (end) {
                add(out, s.substring(start, next));
                start = next;
            }
        }
        add(out, s.substring(start));
        return out;
    }

    private static boolean opensSentence(char c) {
        // A capital, a letter of a script without case (Chinese, Japanese, Korean), or an opening mark.
        return Character.isUpperCase(c) || Character.isLetter(c) && !Character.isLowerCase(c) || "\"'(*`[“".indexOf(c) >= 0;
    }

    private static void add(List<String> out, String sentence) {
        if (!sentence.isBlank()) {
            out.add(sentence.strip());
        }
    }

    /** The words of a text, lowercased, in order: runs of letters or of digits, markup and punctuation between. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String s = plain(text).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            // A word ends where letters meet digits, so that a name and its version are the same words however they
            // are spaced: "OAuth2" and "OAuth 2.0", "ES2022" and "ES 2022".
            int start = i;
            boolean digits = Character.isDigit(s.charAt(i));
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i)) && Character.isDigit(s.charAt(i)) == digits) {
                i++;
            }
            out.add(s.substring(start, i));
        }
        return out;
    }
}
