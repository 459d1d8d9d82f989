package dev.agentctl.parse;

import java.util.List;

/**
 * The frontmatter as Claude Code reads it.
 *
 * @param root        the top-level mapping; empty when the YAML is not a mapping or failed even after the repair
 * @param stage       which of Claude Code's attempts produced it
 * @param strictError why the strict parse failed (null when it succeeded)
 * @param repairError why the repaired text failed too (null unless {@code stage == FAILED})
 * @param rewritten   the lines the repair rewrote, with file positions (empty unless the repair ran)
 * @param blockedByCrlf the repair failed only because the lines end in CRLF, which its pattern never matches
 */
public record ParsedFrontmatter(
        YamlNode.Mapping root,
        Stage stage,
        YamlProblem strictError,
        YamlProblem repairError,
        List<RepairedValue> rewritten,
        boolean blockedByCrlf) {

    public enum Stage {
        /** Valid YAML: every YAML tool reads it the same. */
        STRICT,
        /** Only Claude Code's quote repair makes it load. */
        REPAIRED,
        /** Not YAML even after the repair: Claude Code ignores the file. */
        FAILED
    }

    public ParsedFrontmatter {
        rewritten = List.copyOf(rewritten);
    }

    /**
     * A {@code key: value} line that the repair wrapped in quotes.
     *
     * @param valueLocation the unquoted value as written in the original file
     */
    public record RepairedValue(String key, String value, dev.agentctl.model.Location valueLocation) {
    }
}
