package dev.agentctl.rules;

import dev.agentctl.diag.Severity;
import dev.agentctl.schema.FieldCatalog;
import dev.agentctl.schema.Vocabulary;

/** The metadata of a rule as read from its {@link RuleInfo}, in a form reports and docs can hold on to. */
public record RuleMeta(String id, String name, Severity severity, String summary, String explanation,
                       boolean fixable, boolean enabledByDefault) {

    public static RuleMeta of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
        }
        String explanation = info.field().isEmpty() ? info.explanation().strip()
                : FieldCatalog.field(info.field()).explanation(Vocabulary.builtIn());
        return new RuleMeta(info.id(), info.name(), info.severity(), info.summary(), explanation,
                info.fixable(), info.enabledByDefault());
    }
}
