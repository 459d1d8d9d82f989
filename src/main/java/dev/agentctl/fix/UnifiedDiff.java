package dev.agentctl.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, as {@code diff -u} and {@code git apply} read it, with three lines of context.
 * Lines keep their own line breaks, so a CRLF file's diff shows CRLF lines. Fixes touch a few frontmatter lines, so
 * the common start and end are cut first and only the rest is compared line by line.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(String oldName, String newName, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = script(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // A hunk runs on while the next change is within two contexts of the last one.
            int lastChange = i;
            while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + 1 + CONTEXT);
            hunk(out, ops.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        StringBuilder body = new StringBuilder();
        for (int[] op : ops) {
            char kind = (char) op[0];
            if (oldStart < 0) {
                oldStart = op[1];
                newStart = op[2];
            }
            String line = kind == '+' ? b.get(op[2]) : a.get(op[1]);
            body.append(kind).append(line);
            if (!line.endsWith("\n")) {
                body.append("\n\\ No newline at end of file\n");
            }
            oldCount += kind == '+' ? 0 : 1;
            newCount += kind == '-' ? 0 : 1;
        }
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n").append(body);
    }

    private static String range(int start, int count) {
        // diff -u names the line before an empty range.
        return (count == 0 ? start : start + 1) + "," + count;
    }

    /** Edit script as {kind, index in a, index in b}: ' ' kept, '-' removed from a, '+' added from b. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        int[][] lcs = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                lcs[x][y] = a.get(prefix + x).equals(b.get(prefix + y))
                        ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        List<int[]> ops = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            ops.add(new int[] {' ', k, k});
        }
        int x = 0;
        int y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && a.get(prefix + x).equals(b.get(prefix + y))) {
                ops.add(new int[] {' ', prefix + x++, prefix + y++});
            } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                ops.add(new int[] {'-', prefix + x++, prefix + y});
            } else {
                ops.add(new int[] {'+', prefix + x, prefix + y++});
            }
        }
        for (int k = 0; k < suffix; k++) {
            ops.add(new int[] {' ', a.size() - suffix + k, b.size() - suffix + k});
        }
        return ops;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
