package dev.agentctl.model;

import java.util.List;

/**
 * The tools an agent asks for, as Claude Code resolves its {@code tools} (or {@code disallowedTools}) value:
 * either every tool (key absent, or any entry {@code *}) or exactly the listed entries, which may be none.
 */
public record ToolSpec(boolean allTools, List<Located<String>> entries) {

    public static final ToolSpec ALL = new ToolSpec(true, List.of());

    public ToolSpec {
        entries = List.copyOf(entries);
    }

    public static ToolSpec of(List<Located<String>> entries) {
        return new ToolSpec(false, entries);
    }

    public List<String> names() {
        return entries.stream().map(Located::value).toList();
    }
}
