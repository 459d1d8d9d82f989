package dev.agentctl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claude Code's second chance for frontmatter that is not valid YAML: leading tabs become two spaces each, and
 * every {@code key: value} line whose unquoted value holds a YAML indicator or {@code ": "} is wrapped in double
 * quotes. The line pattern is JavaScript's {@code ^([a-zA-Z_-]+):\s+(\S.*)$} on lines split at {@code \n}; since
 * {@code .} stops at {@code \r}, CRLF lines never match, which is why CRLF files with such values disappear.
 */
public final class QuoteRepair {

    private static final String JS_SPACE = "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private static final Pattern KEY_VALUE = Pattern.compile(
            "([a-zA-Z_-]+):[" + JS_SPACE + "]+([^" + JS_SPACE + "][^\\n\\r\\u2028\\u2029]*)\\z");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[{}\\[\\]*&#!|>%@`]|: ");

    private QuoteRepair() {
    }

    /** One line the repair rewrote: 0-based index within the block, and where its value started before. */
    public record RewrittenLine(int lineIndex, String key, String value, int valueColumn) {
    }

    /** The repaired text, and per line what was done, so positions can be mapped back. */
    public record Result(String text, int[] leadingTabs, List<RewrittenLine> rewritten) {
    }

    /**
     * @param parsesAsList whether a {@code [...]} value is a flow sequence; such values are left alone
     */
    public static Result repair(String yaml, Predicate<String> parsesAsList) {
        String[] lines = yaml.split("\n", -1);
        int[] tabs = new int[lines.length];
        List<RewrittenLine> rewritten = new ArrayList<>();
        StringBuilder out = new StringBuilder(yaml.length() + 64);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int t = 0;
            while (t < line.length() && line.charAt(t) == '\t') {
                t++;
            }
            if (t > 0) {
                line = "  ".repeat(t) + line.substring(t);
                tabs[i] = t;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (m.matches() && needsQuotes(m.group(2), parsesAsList)) {
                String value = m.group(2);
                line = m.group(1) + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                // The key pattern starts at column 0, so a rewritten line never had leading tabs.
                rewritten.add(new RewrittenLine(i, m.group(1), value, m.start(2)));
            }
            if (i > 0) {
                out.append('\n');
            }
            out.append(line);
        }
        return new Result(out.toString(), tabs, List.copyOf(rewritten));
    }

    static boolean needsQuotes(String value, Predicate<String> parsesAsList) {
        if (isWrappedIn(value, '"') || isWrappedIn(value, '\'')) {
            return false;
        }
        if (value.startsWith("[") && value.endsWith("]") && parsesAsList.test(value)) {
            return false;
        }
        return NEEDS_QUOTES.matcher(value).find();
    }

    private static boolean isWrappedIn(String value, char quote) {
        return value.charAt(0) == quote && value.charAt(value.length() - 1) == quote;
    }
}
