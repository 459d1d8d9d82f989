package dev.agentctl.parse;

/** JavaScript's view of YAML values: truthiness and {@code parseInt}, which decide several of Claude Code's checks. */
public final class JsValues {

    private JsValues() {
    }

    /** {@code Boolean(value)} in JavaScript: null, false, 0, NaN and "" are false; lists and maps are true. */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }

    /** A positive integer as Claude Code accepts it for {@code maxTurns}: a number, or a string {@code parseInt} reads. */
    public static Integer positiveInteger(Object value) {
        long n;
        if (value instanceof Long l) {
            n = l;
        } else if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            n = d.longValue();
        } else if (value instanceof String s) {
            String t = JsText.trim(s);
            int i = (t.startsWith("+") || t.startsWith("-")) ? 1 : 0;
            int digitsEnd = i;
            while (digitsEnd < t.length() && Character.isDigit(t.charAt(digitsEnd)) && t.charAt(digitsEnd) < 128) {
                digitsEnd++;
            }
            if (digitsEnd == i || digitsEnd - i > 9) {
                return null;
            }
            n = Long.parseLong(t.substring(0, digitsEnd));
        } else {
            return null;
        }
        return n > 0 && n <= Integer.MAX_VALUE ? (int) n : null;
    }
}
