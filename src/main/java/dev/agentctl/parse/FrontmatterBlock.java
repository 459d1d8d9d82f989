package dev.agentctl.parse;

/**
 * Where Claude Code's frontmatter pattern {@code ^---\s*\n([\s\S]*?)---\s*\n?} matched: the YAML text is
 * {@code [yamlStart, yamlEnd)}, the closing {@code ---} starts at {@code yamlEnd}, the body starts at {@code bodyStart}.
 */
public record FrontmatterBlock(int yamlStart, int yamlEnd, int bodyStart) {

    public String yaml(String text) {
        return text.substring(yamlStart, yamlEnd);
    }

    /** The closing delimiter does not stand on a line of its own: it ended a value in the middle of a line. */
    public boolean closesMidLine(String text) {
        return yamlEnd > yamlStart && text.charAt(yamlEnd - 1) != '\n';
    }
}
