package dev.agentctl.model;

/**
 * A span of the original file: 1-based line and column (UTF-16 code units, as SARIF counts by default)
 * of its start and end, plus the character offsets a fix needs to edit it.
 */
public record Location(int line, int column, int endLine, int endColumn, int startOffset, int endOffset) {

    /** The start of the file, for findings about the file as a whole. */
    public static final Location FILE_START = new Location(1, 1, 1, 1, 0, 0);

    public Location {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad location " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    public String lineColumn() {
        return line + ":" + column;
    }
}
