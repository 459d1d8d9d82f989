package dev.agentctl.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * The one place that makes text from input files safe to print: every report format, {@code inspect} and the
 * messages on standard error go through it, so a file cannot colour, move, hide, reorder or forge output.
 *
 * <ul>
 *   <li>Control characters (C0, DEL, C1), the bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E,
 *       U+2066–U+2069, U+200E, U+200F, U+061C), the other invisible format characters (zero-width spaces and joiners,
 *       the byte order mark, the tag characters U+E0000–U+E007F that can smuggle text past a reader) and the Unicode
 *       line and paragraph separators are written as visible escapes: {@code \n}, {@code \r}, {@code \t}, else
 *       {@code \\u001B}-style with four upper-case hex digits ({@code \\U000E0041} beyond the BMP).</li>
 *   <li>A line of text output never starts with {@code ::} (a GitHub Actions workflow command, even after leading
 *       white space) and never contains {@code ##[} (the runner's older command form, honoured anywhere in a line):
 *       their first character is escaped as {@code \\u003A} or {@code \\u0023}.</li>
 *   <li>JSON output keeps values exact but writes the same characters, and {@code ##[}, as {@code \\u} escapes
 *       ({@link #JSON}, {@link #json}), so that the raw report is safe to print too.</li>
 * </ul>
 */
public final class SafeText {

    private SafeText() {
    }

    /** A JSON factory whose generators {@code \\u}-escape every character {@link #isUnsafe} names. */
    public static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new UnsafeEscapes());

    /**
     * Generated JSON text made safe for a CI log: {@code ##[} can only occur inside a string there, where
     * {@code \\u0023} is the same character, so the values stay exact.
     */
    public static String json(String generated) {
        String s = generated.replace("##[", "\\u0023#[");
        // Jackson's character escapes see one UTF-16 unit at a time, so format characters beyond the BMP (the tag
        // characters) are escaped here, as the surrogate pair JSON spells them with.
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (n == 2 && isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(unicodeEscape(s.charAt(i))).append(unicodeEscape(s.charAt(i + 1)));
            } else if (out != null) {
                out.append(s, i, i + n);
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    /** True for the code points that must never reach output as they are. */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.FORMAT;
    }

    /** Text that starts a line of output: {@link #inline}, and no workflow command at its start. */
    public static String lineStart(String s) {
        String escaped = inline(s);
        int i = 0;
        while (i < escaped.length() && isTrimmedByRunner(escaped.charAt(i))) {
            i++;
        }
        return escaped.startsWith("::", i) ? escaped.substring(0, i) + "\\u003A" + escaped.substring(i + 1) : escaped;
    }

    /**
     * Several lines of a report composed with text from input files (merge --explain): every line as
     * {@link #lineStart}, the line breaks kept.
     */
    public static String block(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(lineStart(lines[i]));
        }
        return out.toString();
    }

    /**
     * Text inside a line of output: every unsafe character, line breaks too, as a visible escape. Messages go
     * through it in every format, JSON included, so that a finding is one line wherever it is printed (jq -r too).
     */
    public static String inline(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            String replacement = null;
            if (isUnsafe(c)) {
                replacement = switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> unicodeEscape(c);
                };
            } else if (c == '#' && s.startsWith("##[", i)) {
                replacement = "\\u0023";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(s, i, i + n);
                }
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    private static String unicodeEscape(int c) {
        return c > 0xffff ? String.format(Locale.ROOT, "\\U%08X", c) : String.format(Locale.ROOT, "\\u%04X", c);
    }

    /** The white space the Actions runner trims before it looks for {@code ::} (.NET's {@code Char.IsWhiteSpace}). */
    private static boolean isTrimmedByRunner(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Jackson's standard escapes plus {@code \\u} escapes for DEL, C1 and the bidirectional characters. */
    private static final class UnsafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return isUnsafe(c) ? new SerializedString(unicodeEscape(c)) : null;
        }
    }
}
