package dev.agentctl.lsp;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a document, and where its frontmatter lies, read leniently, since the text is being typed: a block
 * with no closing {@code ---} yet runs to the end. For completion, which must work on text that does not parse.
 */
final class FrontmatterLines {

    private final List<String> lines = new ArrayList<>();
    private final int end;

    FrontmatterLines(String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(start, i);
                lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                start = i + 1;
            }
        }
        int close = -1;
        if (!lines.isEmpty() && isDelimiter(lines.get(0).replace("\uFEFF", ""))) {
            for (int i = 1; i < lines.size(); i++) {
                if (isDelimiter(lines.get(i))) {
                    close = i;
                    break;
                }
            }
            end = close < 0 ? lines.size() : close;
        } else {
            end = 0;
        }
    }

    private static boolean isDelimiter(String line) {
        return line.stripTrailing().equals("---");
    }

    /** Whether a 0-based line is inside the frontmatter, between the delimiters. */
    boolean inside(int line) {
        return line >= 1 && line < end;
    }

    String line(int line) {
        return line >= 0 && line < lines.size() ? lines.get(line) : "";
    }

    /** The top-level key a line is written under: its own, or that of the nearest unindented line above. */
    String keyAt(int line) {
        for (int i = line; i >= 1; i--) {
            String l = line(i);
            if (l.isEmpty() || Character.isWhitespace(l.charAt(0)) || l.startsWith("#")) {
                continue;
            }
            return key(l);
        }
        return null;
    }

    /** The key of an unindented {@code key: value} line, else null. */
    static String key(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return null;
        }
        String key = line.substring(0, colon).strip();
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'') && key.charAt(key.length() - 1) == key.charAt(0)) {
            key = key.substring(1, key.length() - 1);
        }
        return key;
    }

    /** The top-level keys already written. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            String k = key(line(i));
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }
}
