package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.model.ModelRef;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.rules.Suggestions;
import java.util.regex.Pattern;

@RuleInfo(id = "AG030", name = "unknown-model", severity = Severity.WARNING,
        summary = "The `model` is neither an alias nor a plausible Claude model id",
        explanation = """
                `model` takes `inherit`, an alias (`sonnet`, `opus`, `haiku`, `fable`, `best`, `opusplan`, any of them \
                with `[1m]`), or a full model id such as `claude-sonnet-4-5-20250929`. Claude Code passes any other \
                string on as a model id, so `gpt-4` or `sonet` loads and then fails when the agent runs. A value that \
                is not a string is ignored and the agent inherits the session's model.""")
public final class UnknownModel implements FileRule {

    /** Claude model ids as the API, Bedrock (with region prefixes and ARNs) and Vertex (with {@code @}) write them. */
    private static final Pattern PLAUSIBLE_ID = Pattern.compile(
            "(?i)(arn:aws:bedrock:\\S+|([a-z0-9-]+\\.)*(anthropic\\.)?claude-[a-z0-9.:@_-]+(\\[1m])?)");

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode value = FieldValue.present(doc, "model");
        if (value == null || doc.definition() == null) {
            return;
        }
        if (!(value.plain() instanceof String)) {
            ctx.report(value.location(), "`model` must be a string; Claude Code ignores "
                    + Suggestions.code(String.valueOf(value.plain())) + " and the agent inherits the session's model");
            return;
        }
        var model = doc.definition().model();
        if (model == null || model.value().kind() != ModelRef.Kind.MODEL_ID
                || PLAUSIBLE_ID.matcher(model.value().value()).matches()) {
            return;
        }
        String alias = Suggestions.closest(model.value().value(), ctx.vocabulary().modelAliases());
        ctx.report(value.location(), "`" + model.value().value() + "` is not a model alias or a Claude model id; "
                + "Claude Code passes it on and the agent fails when it runs"
                + (alias == null ? "" : " (did you mean `" + alias + "`?)"));
    }
}
