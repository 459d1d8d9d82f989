package dev.agentctl.parse;

import dev.agentctl.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the frontmatter most agent files have, one {@code key: value} per line, without a YAML parser: composing
 * such a block with snakeyaml-engine is a third of reading a typical file. Only a subset of YAML is taken, chosen so
 * that within it YAML 1.2 means exactly this: keys are words at the start of a line, each value is a plain scalar
 * with no {@code ": "} or {@code " #"} in it, a one-line quoted string without escapes, or a one-line flow sequence
 * of such scalars ({@code tools: ["Read", "Grep"]}, the style of a quarter of public agent files); blank lines and
 * comment lines may come between. Anything else (indentation, block lists, block scalars, tabs, CR, escapes, a
 * character YAML does not allow) makes {@link #read} answer null, and the caller parses the block with snakeyaml as
 * before. Scalars are typed by the same resolver, and positions follow snakeyaml's marks, so both readings give
 * equal nodes: the parse fuzz target checks that on every input this reader takes.
 */
final class FlatFrontmatter {

    /** Characters a plain scalar must not start with (YAML's indicators) besides white space. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private FlatFrontmatter() {
    }

    /**
     * @param resolve the type of a plain scalar's text, as the YAML parse resolves it: String, Boolean, Long, Double or
     *                null; a key whose text is not a String makes the block not flat
     * @return the mapping, or null when the block is not flat (or holds no key) and needs the YAML parser
     */
    static YamlNode.Mapping read(SourceFile source, FrontmatterBlock block, Function<String, Object> resolve) {
        String text = source.text();
        int end = block.yamlEnd();
        List<YamlNode.Entry> entries = new ArrayList<>();
        int line = block.yamlStart();
        while (line < end) {
            int eol = text.indexOf('\n', line);
            if (eol < 0 || eol > end) {
                eol = end;
            }
            if (!allowed(text, line, eol)) {
                return null;
            }
            if (line < eol && text.charAt(line) != '#') {
                YamlNode.Entry entry = entry(source, line, eol, resolve);
                if (entry == null) {
                    return null;
                }
                entries.add(entry);
            }
            line = eol + 1;
        }
        if (entries.isEmpty()) {
            return null;
        }
        // snakeyaml's mapping runs from its first key to the end of the block, where its end token stands.
        return new YamlNode.Mapping(entries, source.span(entries.get(0).keyLocation().startOffset(), end));
    }

    /** One {@code key: value} line, or null when the line is not one. */
    private static YamlNode.Entry entry(SourceFile source, int start, int eol, Function<String, Object> resolve) {
        String text = source.text();
        int colon = start;
        while (colon < eol && isKeyChar(text.charAt(colon), colon == start)) {
            colon++;
        }
        if (colon == start || colon >= eol || text.charAt(colon) != ':') {
            return null;
        }
        String key = text.substring(start, colon);
        if (!(resolve.apply(key) instanceof String)) {
            return null; // true, null, 12: YAML types them, and the key would not read as written
        }
        int valueStart = colon + 1;
        if (valueStart < eol && text.charAt(valueStart) != ' ') {
            return null; // "key:value" is one scalar, not a pair
        }
        while (valueStart < eol && text.charAt(valueStart) == ' ') {
            valueStart++;
        }
        int valueEnd = eol;
        while (valueEnd > valueStart && text.charAt(valueEnd - 1) == ' ') {
            valueEnd--;
        }
        YamlNode value = valueStart == valueEnd
                ? new YamlNode.Scalar(null, false, source.span(colon + 1, colon + 1))
                : value(source, valueStart, valueEnd, resolve);
        return value == null ? null : new YamlNode.Entry(key, source.span(start, colon), value);
    }

    /** A value in block context: a flow sequence, a quoted string or a plain scalar; null when outside the subset. */
    private static YamlNode value(SourceFile source, int start, int end, Function<String, Object> resolve) {
        String text = source.text();
        char first = text.charAt(start);
        if (first == '[') {
            return flowSequence(source, start, end, resolve);
        }
        if (first == '"' || first == '\'') {
            return quoted(source, start, end);
        }
        if (INDICATORS.indexOf(first) >= 0 || text.charAt(end - 1) == ':') {
            return null;
        }
        String plain = text.substring(start, end);
        if (plain.contains(": ") || plain.contains(" #")) {
            return null;
        }
        return new YamlNode.Scalar(resolve.apply(plain), false, source.span(start, end));
    }

    /** A quoted string with no escape in it, or null. */
    private static YamlNode.Scalar quoted(SourceFile source, int start, int end) {
        String text = source.text();
        char quote = text.charAt(start);
        if (end - start < 2 || text.charAt(end - 1) != quote) {
            return null;
        }
        String inside = text.substring(start + 1, end - 1);
        // No escapes: a backslash in double quotes, a doubled quote in single quotes, or the quote itself.
        if (inside.indexOf(quote) >= 0 || quote == '"' && inside.indexOf('\\') >= 0) {
            return null;
        }
        return new YamlNode.Scalar(inside, true, source.span(start, end));
    }

    /**
     * {@code [a, "b", 'c']} on one line, or null. Items are quoted strings without escapes or plain scalars without
     * the characters that mean something in flow context ({@code , [ ] { } :} and {@code " #"}); commas may have
     * spaces around them. An empty item, a trailing comma or anything after the {@code ]} is left to the YAML parser.
     */
    private static YamlNode.Sequence flowSequence(SourceFile source, int open, int end,
                                                  Function<String, Object> resolve) {
        String text = source.text();
        if (text.charAt(end - 1) != ']') {
            return null;
        }
        int close = end - 1;
        List<YamlNode> items = new ArrayList<>();
        int at = skipSpaces(text, open + 1, close);
        while (at < close) {
            int itemEnd = text.charAt(at) == '"' || text.charAt(at) == '\''
                    ? text.indexOf(text.charAt(at), at + 1) + 1
                    : plainItemEnd(text, at, close);
            if (itemEnd <= at || itemEnd > close) {
                return null;
            }
            YamlNode item = flowItem(source, at, itemEnd, resolve);
            if (item == null) {
                return null;
            }
            items.add(item);
            at = skipSpaces(text, itemEnd, close);
            if (at < close) {
                if (text.charAt(at) != ',') {
                    return null;
                }
                at = skipSpaces(text, at + 1, close);
                if (at == close) {
                    return null; // a trailing comma
                }
            }
        }
        return new YamlNode.Sequence(items, source.span(open, end));
    }

    /** Where a plain item that starts at {@code start} ends (spaces before a comma trimmed), or -1 if it is unsafe. */
    private static int plainItemEnd(String text, int start, int close) {
        if (INDICATORS.indexOf(text.charAt(start)) >= 0) {
            return -1;
        }
        int i = start;
        while (i < close && text.charAt(i) != ',') {
            char c = text.charAt(i);
            if (c == '[' || c == ']' || c == '{' || c == '}' || c == ':' || c == '#' && text.charAt(i - 1) == ' ') {
                return -1;
            }
            i++;
        }
        while (text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    private static YamlNode flowItem(SourceFile source, int start, int end, Function<String, Object> resolve) {
        char first = source.text().charAt(start);
        if (first == '"' || first == '\'') {
            return quoted(source, start, end);
        }
        return new YamlNode.Scalar(resolve.apply(source.text().substring(start, end)), false, source.span(start, end));
    }

    private static int skipSpaces(String text, int from, int limit) {
        while (from < limit && text.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || !first && (c >= '0' && c <= '9' || c == '-');
    }

    /**
     * Whether a line holds only what the flat subset allows: no indentation, no tab or other control character, no
     * character YAML forbids (C1 controls, lone surrogates, U+FEFF, U+FFFE, U+FFFF), and not only spaces.
     */
    private static boolean allowed(String text, int start, int eol) {
        if (start < eol && text.charAt(start) == ' ') {
            return false;
        }
        for (int i = start; i < eol; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\uFEFF' || c >= '\uFFFE') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= eol || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
