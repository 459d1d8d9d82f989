package dev.agentctl.parse;

/**
 * JavaScript's notion of white space and trimming. Claude Code is written in JavaScript, where {@code \s} and
 * {@code String.prototype.trim} cover more characters than Java's defaults (no-break space, BOM, …); to agree with
 * it on every file we use its definition, not {@link Character#isWhitespace}.
 */
public final class JsText {

    private JsText() {
    }

    /** Matches JavaScript's {@code \s}: white space and line terminators. */
    public static boolean isSpace(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                    '\u3000', '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Offset of the first non-space character at or after {@code from}, or {@code s.length()}. */
    public static int skipSpace(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
