package dev.agentctl.model;

import java.util.List;

/**
 * An agent as Claude Code interprets its frontmatter. Fields Claude Code would drop (an invalid colour, an unknown
 * permission mode) are {@code null}; whether the agent loads at all is decided separately, by its {@link LoadOutcome}.
 *
 * @param tools           never null: {@link ToolSpec#ALL} when the key is absent
 * @param disallowedTools null when the key is absent
 * @param model           null when absent, empty or not a string (the agent inherits the session's model)
 * @param systemPrompt    the body after the frontmatter, trimmed as Claude Code trims it
 */
public record AgentDefinition(
        Located<String> name,
        Located<String> description,
        ToolSpec tools,
        ToolSpec disallowedTools,
        Located<ModelRef> model,
        Located<String> color,
        Located<String> permissionMode,
        Located<Integer> maxTurns,
        Located<String> effort,
        Located<String> memory,
        Located<String> isolation,
        Located<Boolean> background,
        List<Located<String>> skills,
        Located<String> initialPrompt,
        String systemPrompt) {

    public AgentDefinition {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public String nameValue() {
        return name == null ? null : name.value();
    }

    public String descriptionValue() {
        return description == null ? null : description.value();
    }
}
