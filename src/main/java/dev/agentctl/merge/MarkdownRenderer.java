package dev.agentctl.merge;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a merged profile as an agent file. The frontmatter is strict YAML (plain scalars only where they cannot be
 * misread, double quotes otherwise) and never contains {@code ---}, which would end Claude Code's frontmatter early.
 */
public final class MarkdownRenderer {

    /** Plain scalars: words, names and tool names that YAML cannot read as anything but that string. */
    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private MarkdownRenderer() {
    }

    public static String render(MergedProfile p) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("name: ").append(scalar(p.name())).append('\n');
        out.append("description: ").append(scalar(p.description())).append('\n');
        if (p.tools() != null) {
            out.append("tools: ").append(flow(p.tools())).append('\n');
        }
        if (p.model() != null) {
            out.append("model: ").append(scalar(p.model())).append('\n');
        }
        if (p.color() != null) {
            out.append("color: ").append(scalar(p.color())).append('\n');
        }
        for (Map.Entry<String, Object> e : p.extra().entrySet()) {
            out.append(KEY.matcher(e.getKey()).matches() ? e.getKey() : quoted(e.getKey())).append(": ").append(value(e.getValue())).append('\n');
        }
        out.append("---\n\n").append(body(p.sections()));
        return out.toString();
    }

    /** The body alone: sections in order, each title, then its units as paragraphs and lists. */
    public static String body(List<MergedSection> sections) {
        StringBuilder out = new StringBuilder();
        for (MergedSection s : sections) {
            if (!s.titleLine().isEmpty()) {
                out.append(s.titleLine()).append("\n\n");
            }
            units(out, s.units(), "");
        }
        return out.toString().strip() + "\n";
    }

    private static void units(StringBuilder out, List<MergedUnit> units, String indent) {
        int number = 0;
        MergedUnit previous = null;
        for (MergedUnit u : units) {
            boolean item = u.kind() == PromptUnit.Kind.ITEM;
            boolean sameList = item && previous != null && previous.kind() == PromptUnit.Kind.ITEM && previous.ordered() == u.ordered();
            if (previous != null && previous.kind() == PromptUnit.Kind.ITEM && !sameList && indent.isEmpty()) {
                out.append('\n');
            }
            number = sameList ? number + 1 : 1;
            if (sameList && indent.isEmpty() && holdsBlock(previous)) {
                // After an item that holds a code block, a table or a second paragraph, a reader can lose track of the
                // list: it goes on under a lead-in, its numbering unbroken.
                out.append(u.ordered() ? "Then:" : "Also:").append("\n\n");
            }
            if (item) {
                String marker = u.ordered() ? number + ". " : "- ";
                String inner = indent + " ".repeat(marker.length());
                out.append(indent).append(marker).append(u.text().replace("\n", "\n" + inner)).append('\n');
                units(out, u.children(), inner);
            } else {
                if (!indent.isEmpty()) {
                    out.append('\n');
                }
                String text = u.kind() == PromptUnit.Kind.VERBATIM ? closed(u.text()) : u.text();
                out.append(indent).append(text.replace("\n", "\n" + indent)).append("\n\n");
            }
            previous = u;
        }
        if (previous != null && previous.kind() == PromptUnit.Kind.ITEM && indent.isEmpty()) {
            out.append('\n');
        }
    }

    /** Whether an item holds, at any depth, a block below its first line: a code block, table, quote or paragraph. */
    private static boolean holdsBlock(MergedUnit item) {
        for (MergedUnit child : item.children()) {
            if (child.kind() != PromptUnit.Kind.ITEM || holdsBlock(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A fenced block as written, with its closing fence when the source left it open (the block then ran to the end
     * of its file): in a merged profile other content follows, which an open fence would swallow.
     */
    static String closed(String block) {
        String first = block.stripLeading();
        char mark = first.isEmpty() ? ' ' : first.charAt(0);
        if (mark != '`' && mark != '~') {
            return block;
        }
        int n = 0;
        while (n < first.length() && first.charAt(n) == mark) {
            n++;
        }
        if (n < 3) {
            return block;
        }
        String fence = String.valueOf(mark).repeat(n);
        String[] lines = block.strip().split("\n");
        if (lines.length > 1) {
            String last = lines[lines.length - 1].strip();
            if (last.startsWith(fence) && last.chars().allMatch(c -> c == mark)) {
                return block;
            }
        }
        return block.stripTrailing() + "\n" + fence;
    }

    private static String value(Object v) {
        if (v instanceof List<?> list) {
            return flow(list);
        }
        return v instanceof String s ? scalar(s) : String.valueOf(v);
    }

    private static String flow(List<?> items) {
        StringBuilder out = new StringBuilder("[");
        for (Object item : items) {
            out.append(out.length() > 1 ? ", " : "").append(item instanceof String s ? scalar(s) : String.valueOf(item));
        }
        return out.append(']').toString();
    }

    private static String scalar(String s) {
        boolean reserved = s.matches("(?i)true|false|null|yes|no|on|off|y|n|~|[0-9.eE+-]+|\\.inf|\\.nan|0x[0-9a-f]+|0o[0-7]+");
        return PLAIN_SAFE.matcher(s).matches() && !reserved ? s : quoted(s);
    }

    /** A YAML double-quoted scalar; dashes in a run of three are escaped so no {@code ---} appears. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '-' -> out.append(i >= 2 && s.charAt(i - 1) == '-' && s.charAt(i - 2) == '-' ? "\\x2d" : "-");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
