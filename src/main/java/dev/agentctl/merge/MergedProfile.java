package dev.agentctl.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a merge: the frontmatter fields, the body, and for every input unit what became of it. Immutable.
 *
 * @param tools   null when the agent gets all tools (the key is left out)
 * @param model   null when no variant names one
 * @param color   null when no variant names one
 * @param extra   other keys every variant agrees on, in first-seen order
 * @param fates   what became of every input unit, in input order; empty when the merge was asked for no findings
 *                ({@link MergeOptions#findings()})
 * @param notes   conflicts and policy decisions worth telling the user
 * @param warnings decisions the user must see even with {@code --explain} (tools granted beyond a variant's grant)
 * @param remarks what {@code --explain} points out for a person to decide: variant-specific content, likely
 *                conflicts, units left out by {@code --keep}
 * @param sources display paths of the merged files, in merge order
 */
public record MergedProfile(String name, String description, List<String> tools, String model, String color,
                            Map<String, Object> extra, List<MergedSection> sections, List<UnitFate> fates,
                            List<String> notes, List<String> warnings, List<Remark> remarks, List<String> sources) {

    public MergedProfile {
        tools = tools == null ? null : List.copyOf(tools);
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        sections = List.copyOf(sections);
        fates = List.copyOf(fates);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        remarks = List.copyOf(remarks);
        sources = List.copyOf(sources);
    }
}
