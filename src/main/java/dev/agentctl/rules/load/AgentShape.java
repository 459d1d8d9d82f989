package dev.agentctl.rules.load;

import java.util.regex.Pattern;

/** Tells a file meant as an agent (whose frontmatter Claude Code missed) from other markdown, such as a README. */
final class AgentShape {

    private static final Pattern AGENT_KEY = Pattern.compile("(?m)^(name|description|tools|model)[ \\t]*:");
    private static final int LINES_LOOKED_AT = 30;

    private AgentShape() {
    }

    static boolean looksLikeAgent(String text) {
        String head = head(text);
        if (head.strip().startsWith("---")) {
            return true;
        }
        var keys = AGENT_KEY.matcher(head);
        int found = 0;
        while (keys.find()) {
            found++;
        }
        return found >= 2;
    }

    private static String head(String text) {
        int end = 0;
        for (int line = 0; line < LINES_LOOKED_AT && end >= 0 && end < text.length(); line++) {
            end = text.indexOf('\n', end);
            end = end < 0 ? -1 : end + 1;
        }
        return end < 0 ? text : text.substring(0, end);
    }
}
