package dev.agentctl.diag;

/** Replace the characters {@code [start, end)} of a file's text with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }
}
