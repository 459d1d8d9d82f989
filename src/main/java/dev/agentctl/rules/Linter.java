package dev.agentctl.rules;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Severity;
import dev.agentctl.model.Origin;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.AgentScanner;
import dev.agentctl.schema.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The enabled rules with their effective severities, built once and then used from many threads: file rules run as
 * each file is parsed, project rules once over the summaries.
 */
public final class Linter {

    private record Active<R extends Rule>(R rule, RuleMeta meta) {
    }

    private final Vocabulary vocabulary;
    private final List<Active<FileRule>> fileRules = new ArrayList<>();
    private final List<Active<ProjectRule>> projectRules = new ArrayList<>();

    /**
     * @param severities a severity per rule id that differs from the rule's default, or null to turn the rule off;
     *                   rules off by default run only when named here
     */
    public Linter(Vocabulary vocabulary, Map<String, Severity> severities) {
        this.vocabulary = Objects.requireNonNull(vocabulary);
        for (Rule rule : RuleRegistry.all()) {
            RuleMeta meta = rule.meta();
            Severity severity = meta.severity();
            if (severities.containsKey(meta.id())) {
                severity = severities.get(meta.id());
            } else if (!meta.enabledByDefault()) {
                severity = null;
            }
            if (severity == null) {
                continue;
            }
            RuleMeta effective = new RuleMeta(meta.id(), meta.name(), severity, meta.summary(), meta.explanation(),
                    meta.fixable(), meta.enabledByDefault());
            if (rule instanceof FileRule f) {
                fileRules.add(new Active<>(f, effective));
            } else if (rule instanceof ProjectRule p) {
                projectRules.add(new Active<>(p, effective));
            }
        }
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The file rules' findings on one document, less those the file turns off with {@code agentctl-disable}. */
    public List<Diagnostic> check(AgentDocument document) {
        return check(document, Suppressions.of(document), Origin.named(""));
    }

    /** The same for a file with a place in the project model. */
    public List<Diagnostic> check(AgentDocument document, Origin origin) {
        return check(document, Suppressions.of(document), origin);
    }

    private List<Diagnostic> check(AgentDocument document, Suppressions off, Origin origin) {
        List<Diagnostic> found = new ArrayList<>();
        for (Active<FileRule> active : fileRules) {
            active.rule().check(document, new RuleContext(active.meta(), document, vocabulary, found, origin));
        }
        if (origin.lookalike() != null) {
            // Plainly not an agent (a skill, a command) in a folder the user named: one line says so, nothing else.
            found.removeIf(d -> !d.ruleId().equals(NOT_AN_AGENT));
        } else if (origin.inPlugin()) {
            // Plugin agents are lenient: what would keep another agent from loading makes a placeholder here,
            // which the plugin rules report instead.
            found.removeIf(d -> STRICT_LOADING.contains(d.ruleId()));
        }
        found.removeIf(d -> off.suppresses(d.ruleId()));
        return found;
    }

    private static final String NOT_AN_AGENT = "AG035";
    /**
     * missing-frontmatter, unterminated-frontmatter, invalid-yaml, crlf-blocks-repair, missing-name, invalid-name,
     * missing-description, hook-event-at-top-level and invalid-hooks (a plugin agent with either still loads: observed
     * on 2.1.332), wrong-encoding (a UTF-16 plugin file loads as a placeholder), not-an-agent
     */
    private static final Set<String> STRICT_LOADING = Set.of("AG001", "AG002", "AG003", "AG004", "AG005", "AG006", "AG007",
            "AG008", "AG009", "AG035", "AG036");

    /** Every file, then the project rules over all of them: the whole of {@code agentctl validate}'s checking. */
    public List<Diagnostic> checkAll(List<AgentFile> files, AgentScanner scanner) {
        return checkAll(files, scanner, ProjectFacts.NONE);
    }

    /** The same, with what the project model found besides the files. */
    public List<Diagnostic> checkAll(List<AgentFile> files, AgentScanner scanner, ProjectFacts facts) {
        List<FileResult> results = scanner.scan(files, (file, doc) -> {
            Suppressions off = Suppressions.of(doc); // it searches the body: once per file
            return new FileResult(check(doc, off, file.origin()), file.origin().lookalike() != null ? null
                    : AgentSummary.of(doc, file.sortKey(), file.origin()), doc.displayPath(), off);
        });
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<AgentSummary> agents = new ArrayList<>();
        Map<String, Suppressions> suppressed = new HashMap<>();
        for (FileResult r : results) {
            diagnostics.addAll(r.diagnostics());
            if (r.summary() != null) {
                agents.add(r.summary());
            }
            suppressed.put(r.file(), r.suppressions());
        }
        for (Diagnostic d : checkProject(agents, facts)) {
            if (!suppressed.getOrDefault(d.file(), Suppressions.NONE).suppresses(d.ruleId())) {
                diagnostics.add(d);
            }
        }
        diagnostics.sort(Diagnostic.ORDER);
        return diagnostics;
    }

    private record FileResult(List<Diagnostic> diagnostics, AgentSummary summary, String file, Suppressions suppressions) {
    }

    public List<Diagnostic> checkProject(List<AgentSummary> agents) {
        return checkProject(agents, ProjectFacts.NONE);
    }

    public List<Diagnostic> checkProject(List<AgentSummary> agents, ProjectFacts facts) {
        List<Diagnostic> found = new ArrayList<>();
        for (Active<ProjectRule> active : projectRules) {
            active.rule().check(agents, new ProjectContext(active.meta(), vocabulary, found, facts));
        }
        return found;
    }
}
