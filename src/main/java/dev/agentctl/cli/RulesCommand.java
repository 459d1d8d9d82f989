package dev.agentctl.cli;

import dev.agentctl.rules.RuleMeta;
import dev.agentctl.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the rules, or explains one. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        header = "List the rules, or explain one.",
        description = "List every rule, or explain one: agentctl rules AG012 (or its name, repair-only-value).",
        footerHeading = "%nExit status:%n",
        footer = {"  0  printed", "  2  no such rule, or usage trouble"})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", arity = "0..1", description = "A rule id or name to explain.")
    String rule;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (rule != null) {
            RuleMeta meta = RuleRegistry.find(rule.strip())
                    .orElseThrow(() -> new UserError("unknown rule `" + rule + "` (see `agentctl rules`)"));
            out.print(explain(meta));
            return ExitCode.CLEAN;
        }
        for (RuleMeta m : RuleRegistry.metas()) {
            out.printf("%s  %-26s %-8s %-8s %s%n", m.id(), m.name(), m.severity().label(),
                    m.fixable() ? "fixable" : "", m.summary() + (m.enabledByDefault() ? "" : " (off by default)"));
        }
        return ExitCode.CLEAN;
    }

    /** The explanation of one rule as plain text; the same words appear in SARIF and the rule docs. */
    static String explain(RuleMeta m) {
        return m.id() + " " + m.name() + "\n\n"
                + m.summary() + ".\n\n"
                + "Severity: " + m.severity().label() + (m.enabledByDefault() ? "" : " (off by default)")
                + (m.fixable() ? "; has a safe fix" : "") + "\n\n"
                + m.explanation() + "\n";
    }
}
