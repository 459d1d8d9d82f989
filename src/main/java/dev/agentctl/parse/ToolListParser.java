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
            split(s, scalar, source, entries);
        } else if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar scalar && scalar.value() instanceof String s) {
                    split(s, scalar, source, entries);
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

    private static void split(String value, YamlNode.Scalar scalar, SourceFile source, List<Located<String>> out) {
        Location where = scalar.location();
        boolean literal = writtenLiterally(scalar, source);
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
                    Location at = literal ? locate(token, where, searchFrom, source) : where;
                    searchFrom = at.endOffset();
                    out.add(new Located<>(token, at));
                }
                start = i + 1;
            }
        }
    }

    /**
     * Whether the value's characters stand in the file as they are, so that a token found there is the token. An
     * escape ({@code \\} in double quotes, {@code ''} in single quotes) breaks that: {@code "a\\ b"} holds the
     * token {@code a\} but the file holds {@code a\\}, and a fix placed by a literal search would cut the escape
     * in two. Such values keep the whole value's location, which no fix edits.
     */
    private static boolean writtenLiterally(YamlNode.Scalar scalar, SourceFile source) {
        Location where = scalar.location();
        String written = source.text().substring(where.startOffset(), where.endOffset());
        if (!scalar.quoted() || written.length() < 2) {
            return true;
        }
        String inside = written.substring(1, written.length() - 1);
        return switch (written.charAt(0)) {
            case '"' -> inside.indexOf('\\') < 0;
            case '\'' -> !inside.contains("''");
            default -> true; // a block scalar, or a value quoted only by Claude Code's repair: the file holds it as is
        };
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
