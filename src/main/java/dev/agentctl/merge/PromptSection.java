package dev.agentctl.merge;

import java.util.List;

/**
 * A titled run of units in one variant's body. The title is an ATX heading, a bold-only line, or an intro line ending
 * in {@code :} that opens a list; the persona paragraph and the closing statement are sections of their own so that
 * they collapse across variants.
 *
 * @param title null for the untitled start of a body and for persona and closing
 * @param level heading depth (1–6) for {@link Style#HEADING}, otherwise 0
 */
public record PromptSection(String id, int variant, Role role, Style style, int level, String title, List<PromptUnit> units) {

    public enum Role { PERSONA, BODY, CLOSING }

    public enum Style { NONE, HEADING, BOLD, INTRO }

    public PromptSection {
        units = List.copyOf(units);
    }

    /** The title line as markdown. */
    public String titleLine() {
        return switch (style) {
            case NONE -> "";
            case HEADING -> "#".repeat(level) + " " + title;
            case BOLD, INTRO -> title;
        };
    }
}
