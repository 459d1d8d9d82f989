package dev.agentctl.parse;

import dev.agentctl.model.Located;
import dev.agentctl.model.Location;
import dev.agentctl.model.ToolSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Claude Code's reading of {@code tools}, {@code disallowedTools} and {@code skills}: a string or a list of strings,
 * each split on commas and spaces outside parentheses ({@code Bash(git status:*)} stays whole); any {@code *} means
 * every tool; a value that is no string (null, a number) means none.
 */
public final class ToolListParser {

    private ToolListParser() {
    }

    /** @param node the value node, or null when the key is absent (which means every tool) */
    public static ToolSpec parse(YamlNode node, SourceFile source) {
        if (node == null) {
            return ToolSpec.ALL;
        }
        List<Located<String>> entries = new ArrayList<>();
        if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof String s) {
            split(s, scalar.location(), source, entries);
        } else if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar scalar && scalar.value() instanceof String s) {
                    split(s, scalar.location(), source, entries);
                }
            }
        }
        for (Located<String> entry : entries) {
            if (entry.value().equals("*")) {
                return ToolSpec.ALL;
            }
        }
        return ToolSpec.of(entries);
    }

    private static void split(String value, Location where, SourceFile source, List<Located<String>> out) {
        int depth = 0;
        int start = 0;
        int searchFrom = where.startOffset();
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ' ')) {
                String token = JsText.trim(value.substring(start, i));
                if (!token.isEmpty()) {
                    Location at = locate(token, where, searchFrom, source);
                    searchFrom = at.endOffset();
                    out.add(new Located<>(token, at));
                }
                start = i + 1;
            }
        }
    }

    /** Where a token stands in the file: searched inside its value's span, else the value's own location. */
    private static Location locate(String token, Location where, int from, SourceFile source) {
        int found = source.text().indexOf(token, from);
        if (found >= 0 && found + token.length() <= Math.max(where.endOffset(), from)) {
            return source.span(found, found + token.length());
        }
        return where;
    }
}
