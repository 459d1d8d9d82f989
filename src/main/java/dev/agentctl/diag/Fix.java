package dev.agentctl.diag;

import java.util.List;

/** A safe change that resolves a finding: edits that must not overlap, and a sentence saying what they do. */
public record Fix(String description, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix replace(String description, int start, int end, String replacement) {
        return new Fix(description, List.of(new TextEdit(start, end, replacement)));
    }
}
