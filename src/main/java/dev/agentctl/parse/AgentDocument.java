package dev.agentctl.parse;

import dev.agentctl.model.AgentDefinition;
import dev.agentctl.model.LoadOutcome;
import dev.agentctl.model.Location;

/**
 * One file after parsing: its source, the frontmatter split and parse, what Claude Code does with it, and the
 * typed agent. Everything rules, reporters and the merge need; nothing downstream reads the file again.
 *
 * @param block          null when Claude Code finds no frontmatter
 * @param frontmatter    null when there is no frontmatter block
 * @param definition     null when there is no frontmatter mapping to interpret
 * @param problem        why the file is skipped or in error (null when it loads)
 * @param reason         the same, in words (Claude Code's own message where it has one)
 * @param reasonLocation where that reason points
 */
public record AgentDocument(
        SourceFile source,
        long byteSize,
        FrontmatterBlock block,
        ParsedFrontmatter frontmatter,
        LoadOutcome outcome,
        LoadProblem problem,
        String reason,
        Location reasonLocation,
        AgentDefinition definition) {

    public boolean loads() {
        return outcome == LoadOutcome.LOADED;
    }

    /** The frontmatter mapping, empty when there is none or it failed to parse. */
    public YamlNode.Mapping root() {
        return frontmatter == null ? YamlNode.Mapping.EMPTY : frontmatter.root();
    }

    public boolean hasProblem(LoadProblem p) {
        return problem == p;
    }

    /** Where the body (system prompt) starts, or 0 when there is no frontmatter. */
    public int bodyOffset() {
        return block == null ? 0 : block.bodyStart();
    }

    public String displayPath() {
        return source.displayPath();
    }
}
