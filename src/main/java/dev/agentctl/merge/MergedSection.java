package dev.agentctl.merge;

import java.util.List;

/** A section of the merged body: the title of the section that founded it, and the units of all aligned sections. */
public record MergedSection(PromptSection.Role role, PromptSection.Style style, int level, String title,
                            List<MergedUnit> units, List<String> sources) {

    public MergedSection {
        units = List.copyOf(units);
        sources = List.copyOf(sources);
    }

    public String titleLine() {
        return new PromptSection("", 0, role, style, level, title, List.of()).titleLine();
    }
}
