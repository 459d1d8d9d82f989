package dev.agentctl.merge;

import java.util.List;

/**
 * One thing a prompt body says: a list item (with its nested items), a paragraph, or a block kept verbatim (code,
 * quote, HTML). Immutable; {@code id} is {@code variant#n}, numbered in document order.
 *
 * @param text    the item's or paragraph's own markdown, without list marker and indentation
 * @param ordered for items: in a numbered list
 */
public record PromptUnit(String id, int variant, Kind kind, boolean ordered, String text, List<PromptUnit> children) {

    public enum Kind { ITEM, PARAGRAPH, VERBATIM }

    public PromptUnit {
        children = List.copyOf(children);
    }

    /** Sentences of the unit's own text; a verbatim block is one sentence per line, as the judge reads it. */
    public List<String> sentences() {
        if (kind == Kind.VERBATIM) {
            return text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("```") && !l.strip().startsWith("~~~"))
                    .map(String::strip).toList();
        }
        return dev.agentctl.merge.text.Text.sentences(text);
    }
}
