package dev.agentctl.parse;

import dev.agentctl.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the frontmatter most agent files have, one {@code key: value} per line, without a YAML parser: composing
 * such a block with snakeyaml-engine is a third of reading a typical file. Only a subset of YAML is taken, chosen so
 * that within it YAML 1.2 means exactly this: keys are words at the start of a line, each value is a plain scalar
 * with no {@code ": "} or {@code " #"} in it, or a one-line quoted string without escapes; blank lines and comment
 * lines may come between. Anything else (indentation, lists, block scalars, tabs, CR, escapes, a character YAML does
 * not allow) makes {@link #read} answer null, and the caller parses the block with snakeyaml as before. Scalars are
 * typed by the same resolver, and positions follow snakeyaml's marks, so both readings give equal nodes: the parse
 * fuzz target checks that on every input this reader takes.
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
        YamlNode.Scalar value = valueStart == valueEnd
                ? new YamlNode.Scalar(null, false, source.span(colon + 1, colon + 1))
                : scalar(source, valueStart, valueEnd, resolve);
        return value == null ? null : new YamlNode.Entry(key, source.span(start, colon), value);
    }

    private static YamlNode.Scalar scalar(SourceFile source, int start, int end, Function<String, Object> resolve) {
        String text = source.text();
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            if (end - start < 2 || text.charAt(end - 1) != first) {
                return null;
            }
            String inside = text.substring(start + 1, end - 1);
            // No escapes: a backslash in double quotes, a doubled quote in single quotes, or the quote itself.
            if (inside.indexOf(first) >= 0 || first == '"' && inside.indexOf('\\') >= 0) {
                return null;
            }
            return new YamlNode.Scalar(inside, true, source.span(start, end));
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
