package dev.agentctl.rules;

import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a file turns off for itself: {@code # agentctl-disable AG012, AG017} on a line of its own in the
 * frontmatter, or {@code <!-- agentctl-disable AG012 -->} in the body; without ids, every rule. Either form holds
 * for the whole file. A frontmatter directive counts only as a YAML comment line: after a value it would be part of
 * that value wherever Claude Code's repair quotes the line, and inside a block scalar it is text, not a comment.
 *
 * @param all     every rule is off for this file
 * @param ruleIds the rules turned off by id (names in directives are resolved to ids)
 */
public record Suppressions(boolean all, Set<String> ruleIds) {

    public static final Suppressions NONE = new Suppressions(false, Set.of());

    private static final String DIRECTIVE = "agentctl-disable";
    private static final Pattern FRONTMATTER = Pattern.compile("(?m)^[ \\t]*#[ \\t]*agentctl-disable\\b([^\\r\\n]*)$");
    private static final Pattern BODY = Pattern.compile("<!--[ \\t]*agentctl-disable\\b(.*?)-->", Pattern.DOTALL);

    public Suppressions {
        ruleIds = Set.copyOf(ruleIds);
    }

    public static Suppressions of(AgentDocument doc) {
        String text = doc.source().text();
        if (!inFrontmatter(doc, text) && !inBodyComment(text, doc.bodyOffset())) {
            return NONE; // nearly every file: plain searches instead of two regular expressions over the text
        }
        boolean all = false;
        Set<String> ids = new TreeSet<>();
        if (doc.block() != null) {
            Matcher m = FRONTMATTER.matcher(text).region(doc.block().yamlStart(), doc.block().yamlEnd());
            while (m.find()) {
                if (!insideValue(doc.root(), m.start())) {
                    all |= add(m.group(1), ids);
                }
            }
        }
        Matcher m = BODY.matcher(text).region(doc.bodyOffset(), text.length());
        while (m.find()) {
            all |= add(m.group(1), ids);
        }
        return all || !ids.isEmpty() ? new Suppressions(all, ids) : NONE;
    }

    /** Whether the frontmatter mentions the directive at all: the block is short, so a plain search will do. */
    private static boolean inFrontmatter(AgentDocument doc, String text) {
        return doc.block() != null && doc.block().yaml(text).contains(DIRECTIVE);
    }

    /**
     * Whether the body has {@code <!--}, blanks, then the directive: the start of what {@link #BODY} matches. The body
     * is most of the text, and {@code <} is rare in prose where the directive's first letter is not.
     */
    private static boolean inBodyComment(String text, int from) {
        for (int at = text.indexOf("<!--", from); at >= 0; at = text.indexOf("<!--", at + 4)) {
            int i = at + 4;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (text.startsWith(DIRECTIVE, i)) {
                return true;
            }
        }
        return false;
    }

    public boolean suppresses(String ruleId) {
        return all || ruleIds.contains(ruleId);
    }

    /** Adds the rules a directive names; true when it names none, which turns every rule off. */
    private static boolean add(String list, Set<String> ids) {
        String rest = list.strip();
        if (rest.isEmpty()) {
            return true;
        }
        for (String rule : rest.split("[,\\s]+")) {
            RuleRegistry.find(rule).ifPresent(meta -> ids.add(meta.id()));
        }
        return false;
    }

    private static boolean insideValue(YamlNode.Mapping root, int offset) {
        for (YamlNode.Entry e : root.entries()) {
            var at = e.value().location();
            if (at.startOffset() <= offset && offset < at.endOffset()) {
                return true;
            }
        }
        return false;
    }
}
