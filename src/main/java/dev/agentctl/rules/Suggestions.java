package dev.agentctl.rules;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" as Claude Code computes it: equal ignoring case, {@code -} and {@code _}, or within two edits. */
public final class Suggestions {

    private Suggestions() {
    }

    public static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** The closest candidate, or null when none is close enough. */
    public static String closest(String word, Collection<String> candidates) {
        String normalized = normalize(word);
        for (String c : candidates) {
            if (normalize(c).equals(normalized)) {
                return c;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (Math.abs(c.length() - word.length()) > 2) {
                continue;
            }
            int d = osaDistance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d <= 2 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of neighbours. */
    static int osaDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Quotes user text for a message, in backticks, shortened when long. */
    public static String code(String text) {
        String t = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        if (t.length() > 60) {
            t = t.substring(0, 57) + "...";
        }
        return "`" + t + "`";
    }
}
