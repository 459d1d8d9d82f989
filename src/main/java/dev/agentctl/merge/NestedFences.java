package dev.agentctl.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code blocks that hold code blocks, as agent files often write them: a {@code ```markdown} example of an output format
 * with a {@code ```bash} block inside, every fence three backticks long. CommonMark ends the outer block at the inner
 * block's closing fence, which scrambles all that follows: the rest of the example is read as prose, and the outer
 * block's closing fence opens a block that swallows the next heading. The author meant the blocks to nest; so, before
 * the body is parsed, an outer block whose inner fences pair up is given fences one character longer than any inside
 * it, which CommonMark reads as the author meant and a person reads as before. Nothing else changes.
 */
final class NestedFences {

    /** A fence line: its indentation, its run of backticks or tildes, and what follows (the info string, if any). */
    private static final Pattern FENCE = Pattern.compile("( *)(`{3,}|~{3,})([^\\r]*)(\\r?)");

    private NestedFences() {
    }

    /**
     * Beyond these many fence lines in a body, or these many after one opening fence, nesting is not looked for: no
     * agent nests that deep, and a body made of fences would otherwise cost time growing with their square.
     */
    private static final int MAX_FENCES = 2_000;
    private static final int MAX_INNER = 64;

    static String normalise(String body) {
        if (!body.contains("```") && !body.contains("~~~")) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        List<Integer> at = new ArrayList<>();
        List<Fence> fences = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            Fence f = Fence.of(lines[n]);
            if (f != null) {
                at.add(n);
                fences.add(f);
            }
        }
        if (fences.size() > MAX_FENCES) {
            return body;
        }
        boolean changed = false;
        int i = 0;
        while (i < fences.size()) {
            Fence open = fences.get(i);
            if (open.indent > 3) {
                i++;
                continue;
            }
            int depth = 0;
            int longest = open.length;
            int authorsClose = -1;
            int commonMarkClose = -1;
            for (int j = i + 1; j < fences.size() && authorsClose < 0 && (j - i <= MAX_INNER || commonMarkClose < 0); j++) {
                Fence f = fences.get(j);
                if (f.mark != open.mark) {
                    continue;
                }
                boolean closes = f.info.isEmpty() && f.length >= open.length && f.indent <= 3;
                if (closes && commonMarkClose < 0) {
                    commonMarkClose = j;
                }
                if (j - i > MAX_INNER) {
                    continue;
                }
                if (!f.info.isEmpty()) {
                    depth++;
                    longest = Math.max(longest, f.length);
                } else if (depth > 0) {
                    depth--;
                    longest = Math.max(longest, f.length);
                } else if (closes) {
                    authorsClose = j;
                }
            }
            // A lone opener-looking line inside a block ("```python" as text) would make the nested reading end at
            // the next block's opening fence instead; the rest of the body then ends inside an open block, which
            // tells that reading from a real nesting.
            if (authorsClose >= 0 && authorsClose != commonMarkClose && !endsInsideBlock(fences, authorsClose + 1)) {
                String fence = String.valueOf(open.mark).repeat(longest + 1);
                lines[at.get(i)] = open.with(fence);
                lines[at.get(authorsClose)] = fences.get(authorsClose).with(fence);
                changed = true;
                i = authorsClose + 1;
            } else {
                // Blocks that do not nest, or whose inner fences do not pair up: as CommonMark reads them.
                i = commonMarkClose < 0 ? fences.size() : commonMarkClose + 1;
            }
        }
        return changed ? String.join("\n", lines) : body;
    }

    /** Whether the fence lines from {@code from} on, read as CommonMark reads them, end inside an open code block. */
    private static boolean endsInsideBlock(List<Fence> fences, int from) {
        Fence open = null;
        for (int j = from; j < fences.size(); j++) {
            Fence f = fences.get(j);
            if (f.indent > 3) {
                continue;
            }
            if (open == null) {
                open = f;
            } else if (f.mark == open.mark && f.info.isEmpty() && f.length >= open.length) {
                open = null;
            }
        }
        return open != null;
    }

    /** @param rest what follows the fence characters, as written */
    private record Fence(int indent, char mark, int length, String info, String rest, String lineEnd) {

        static Fence of(String line) {
            // Nearly every line is not a fence: tell by its first character before asking the pattern.
            int first = 0;
            while (first < line.length() && line.charAt(first) == ' ') {
                first++;
            }
            if (first == line.length() || line.charAt(first) != '`' && line.charAt(first) != '~') {
                return null;
            }
            Matcher m = FENCE.matcher(line);
            if (!m.matches()) {
                return null;
            }
            String info = m.group(3).strip();
            char mark = m.group(2).charAt(0);
            // A backtick fence's info string holds no backtick (CommonMark): "```a`b" is text.
            if (mark == '`' && info.contains("`")) {
                return null;
            }
            return new Fence(m.group(1).length(), mark, m.group(2).length(), info, m.group(3), m.group(4));
        }

        /** The same line with another run of fence characters. */
        String with(String fence) {
            return " ".repeat(indent) + fence + rest + lineEnd;
        }
    }
}
