package dev.agentctl.parse;

import dev.agentctl.model.Located;
import dev.agentctl.model.Location;
import dev.agentctl.model.ToolSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Claude Code's reading of {@code tools}, {@code disallowedTools} and {@code skills}: a string or a list of strings,
 * each split on commas and spaces outside parentheses ({@code Bash(git status:*)} stays whole); any {@code *} means
 * every tool; a value that is no string (null, a number) means none. Each list item is split on its own.
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

    /**
     * Claude Code's splitter, step by step. An opening parenthesis does not nest: it sets a flag that the next closing
     * one clears, so {@code Agent(a(b), c)} splits after {@code Agent(a(b)}, and a parenthesis never closed keeps the
     * whole rest of the value as one entry ({@code Bash(git:*, Read(x} is one entry). Only commas and ASCII spaces
     * separate: a tab or a line break inside a value stays inside its entry.
     */
    private static void split(String value, YamlNode.Scalar scalar, SourceFile source, List<Located<String>> out) {
        Location where = scalar.location();
        boolean literal = writtenLiterally(scalar, source);
        int[] searchFrom = {where.startOffset()};
        StringBuilder token = new StringBuilder();
        boolean inParentheses = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '(' -> {
                    inParentheses = true;
                    token.append(c);
                }
                case ')' -> {
                    inParentheses = false;
                    token.append(c);
                }
                case ',', ' ' -> {
                    if (inParentheses) {
                        token.append(c);
                    } else if (!JsText.trim(token.toString()).isEmpty()) {
                        emit(token, literal, where, searchFrom, source, out);
                    } else if (c == ',') {
                        token.setLength(0);
                    }
                }
                default -> {
                    if (token.length() > 0 || !JsText.isSpace(c)) {
                        token.append(c);
                    }
                }
            }
        }
        if (!JsText.trim(token.toString()).isEmpty()) {
            emit(token, literal, where, searchFrom, source, out);
        }
    }

    private static void emit(StringBuilder token, boolean literal, Location where, int[] searchFrom, SourceFile source,
            List<Located<String>> out) {
        String entry = JsText.trim(token.toString());
        token.setLength(0);
        Location at = literal ? locate(entry, where, searchFrom[0], source) : where;
        searchFrom[0] = at.endOffset();
        out.add(new Located<>(entry, at));
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
