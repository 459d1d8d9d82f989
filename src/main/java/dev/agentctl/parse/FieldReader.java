package dev.agentctl.parse;

import dev.agentctl.schema.FieldCatalog;
import dev.agentctl.schema.Vocabulary;
import java.util.Locale;

/**
 * Reads a simple field's value by the kind {@link FieldCatalog} gives it, as Claude Code does. The parser builds the
 * agent with it, and the dropped-value rules ask it whether Claude Code keeps a value, so the two cannot disagree.
 */
public final class FieldReader {

    private FieldReader() {
    }

    /**
     * The value Claude Code keeps, normalised (an alias resolved, an effort level in lower case, a turn count as an
     * {@link Integer}, a flag as a {@link Boolean}), or null when it drops or ignores the value.
     */
    public static Object read(FieldCatalog.Field field, YamlNode node, Vocabulary v) {
        Object value = node.plain();
        FieldCatalog.Kind kind = field.kind();
        if (kind instanceof FieldCatalog.OneOf oneOf) {
            if (!(value instanceof String s)) {
                return null;
            }
            return oneOf.values().apply(v).contains(s) ? s : oneOf.aliases().apply(v).get(s);
        }
        if (kind instanceof FieldCatalog.LevelOrInteger levels) {
            return level(value, levels, v);
        }
        if (kind instanceof FieldCatalog.PositiveInteger) {
            return JsValues.positiveInteger(value);
        }
        if (kind instanceof FieldCatalog.Flag) {
            if (Boolean.TRUE.equals(value) || "true".equals(value)) {
                return Boolean.TRUE;
            }
            return Boolean.FALSE.equals(value) || "false".equals(value) ? Boolean.FALSE : null;
        }
        if (kind instanceof FieldCatalog.Text text) {
            return value instanceof String s && !(text.nonBlank() && JsText.trim(s).isEmpty()) ? s : null;
        }
        throw new IllegalArgumentException("`" + field.key() + "` is not a simple field");
    }

    private static String level(Object value, FieldCatalog.LevelOrInteger levels, Vocabulary v) {
        if (value instanceof Long l) {
            return Long.toString(l);
        }
        if (!(value instanceof String s)) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (levels.levels().apply(v).contains(lower)) {
            return lower;
        }
        String alias = levels.aliases().apply(v).get(lower);
        if (alias != null) {
            return alias;
        }
        return lower.matches("-?\\d+") ? lower : null;
    }
}
