package dev.agentctl.rules;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.AgentScanner;
import dev.agentctl.schema.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        return check(document, Suppressions.of(document));
    }

    private List<Diagnostic> check(AgentDocument document, Suppressions off) {
        List<Diagnostic> found = new ArrayList<>();
        for (Active<FileRule> active : fileRules) {
            active.rule().check(document, new RuleContext(active.meta(), document, vocabulary, found));
        }
        found.removeIf(d -> off.suppresses(d.ruleId()));
        return found;
    }

    /** Every file, then the project rules over all of them: the whole of {@code agentctl validate}'s checking. */
    public List<Diagnostic> checkAll(List<AgentFile> files, AgentScanner scanner) {
        List<FileResult> results = scanner.scan(files, (file, doc) -> {
            Suppressions off = Suppressions.of(doc); // it searches the body: once per file
            return new FileResult(check(doc, off), AgentSummary.of(doc, file.sortKey()), doc.displayPath(), off);
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
        for (Diagnostic d : checkProject(agents)) {
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
        List<Diagnostic> found = new ArrayList<>();
        for (Active<ProjectRule> active : projectRules) {
            active.rule().check(agents, new ProjectContext(active.meta(), vocabulary, found));
        }
        return found;
    }
}
