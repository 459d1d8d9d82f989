package dev.agentctl.parse;

import java.util.Optional;

/**
 * Splits frontmatter from body exactly as Claude Code's pattern {@code ^---\s*\n([\s\S]*?)---\s*\n?} does, with
 * JavaScript's {@code \s}. Written out by hand because the pattern's quirks are the point: the first {@code ---}
 * anywhere after the opening line closes the block, even inside a value.
 */
public final class FrontmatterSplitter {

    private FrontmatterSplitter() {
    }

    public static Optional<FrontmatterBlock> split(String text) {
        if (!text.startsWith("---")) {
            return Optional.empty();
        }
        // ^---\s*\n : the greedy \s* backs off to the last line break of the white space after the opening ---.
        int afterSpace = JsText.skipSpace(text, 3);
        int yamlStart = -1;
        for (int i = afterSpace - 1; i >= 3; i--) {
            if (text.charAt(i) == '\n') {
                yamlStart = i + 1;
                break;
            }
        }
        if (yamlStart < 0) {
            return Optional.empty();
        }
        // ([\s\S]*?)--- : lazily, up to the first --- anywhere.
        int close = text.indexOf("---", yamlStart);
        if (close < 0) {
            return Optional.empty();
        }
        // ---\s*\n? : the greedy \s* swallows every blank after the closing ---, line breaks included.
        int bodyStart = JsText.skipSpace(text, close + 3);
        return Optional.of(new FrontmatterBlock(yamlStart, close, bodyStart));
    }
}
