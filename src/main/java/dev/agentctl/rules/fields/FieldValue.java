package dev.agentctl.rules.fields;

import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.FieldReader;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.Suggestions;
import dev.agentctl.schema.FieldCatalog;

/** The shared shape of the rules for fields whose value Claude Code drops when it is not one it accepts. */
final class FieldValue {

    private FieldValue() {
    }

    /** The value node of a key that is written with a value, or null. */
    static YamlNode present(AgentDocument doc, String key) {
        YamlNode.Entry entry = doc.root().get(key);
        return entry == null || entry.value().plain() == null ? null : entry.value();
    }

    /** Reports the field's value when Claude Code drops it, read exactly as the parser reads it. */
    static void reportDropped(AgentDocument doc, RuleContext ctx, FieldCatalog.Field field) {
        YamlNode value = present(doc, field.key());
        if (value != null && FieldReader.read(field, value, ctx.vocabulary()) == null) {
            ctx.report(value.location(), Suggestions.code(String.valueOf(value.plain())) + " is not a valid `"
                    + field.key() + "`, so Claude Code ignores it; use one of "
                    + String.join(", ", field.acceptedValues(ctx.vocabulary())));
        }
    }
}
