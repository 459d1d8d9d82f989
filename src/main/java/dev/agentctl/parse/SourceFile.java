package dev.agentctl.parse;

import dev.agentctl.model.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One file as read: its text (UTF-8, invalid bytes replaced as Node.js replaces them, a leading BOM removed) and
 * the line index every position in the project is computed from.
 *
 * @param path        the file on disk, or a name for text that did not come from a file
 * @param displayPath the path as the user should see it in reports
 * @param hasBom      whether a UTF-8 byte order mark preceded the text (a fix must write it back)
 */
public record SourceFile(Path path, String displayPath, String text, boolean hasBom, LineIndex lines) {

    private static final char BOM = '\uFEFF';

    public static SourceFile of(Path path, String displayPath, byte[] bytes) {
        return of(path, displayPath, new String(bytes, StandardCharsets.UTF_8));
    }

    public static SourceFile of(Path path, String displayPath, String decoded) {
        boolean bom = !decoded.isEmpty() && decoded.charAt(0) == BOM;
        String text = bom ? decoded.substring(1) : decoded;
        return new SourceFile(path, displayPath, text, bom, new LineIndex(text));
    }

    public Location span(int start, int end) {
        return lines.span(start, end);
    }

    /** The whole of one 1-based line, without its line break. */
    public Location lineSpan(int line) {
        int start = lines.lineStart(line);
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return span(start, end);
    }

    public String lineText(int line) {
        Location l = lineSpan(line);
        return text.substring(l.startOffset(), l.endOffset());
    }
}
