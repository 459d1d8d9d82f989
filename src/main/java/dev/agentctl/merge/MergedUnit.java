package dev.agentctl.merge;

import java.util.List;

/**
 * One unit of the merged body.
 *
 * @param id      the input unit it was kept from
 * @param text    its markdown, without list marker; the source text unchanged unless sentences were folded in or out
 * @param sources every input unit whose words it carries (its own first)
 */
public record MergedUnit(String id, PromptUnit.Kind kind, boolean ordered, String text, List<MergedUnit> children,
                         List<String> sources) {

    public MergedUnit {
        children = List.copyOf(children);
        sources = List.copyOf(sources);
    }
}
