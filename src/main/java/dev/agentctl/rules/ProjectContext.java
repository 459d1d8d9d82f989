package dev.agentctl.rules;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.model.Location;
import dev.agentctl.schema.Vocabulary;
import java.util.List;

/** Where a project rule reports, about any of the files it was shown. */
public final class ProjectContext {

    private final RuleMeta meta;
    private final Vocabulary vocabulary;
    private final List<Diagnostic> sink;
    private final ProjectFacts facts;

    ProjectContext(RuleMeta meta, Vocabulary vocabulary, List<Diagnostic> sink, ProjectFacts facts) {
        this.meta = meta;
        this.vocabulary = vocabulary;
        this.sink = sink;
        this.facts = facts;
    }

    public ProjectFacts facts() {
        return facts;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public void report(String file, Location location, String message) {
        sink.add(new Diagnostic(meta.id(), meta.name(), meta.severity(), message, file, location, null));
    }
}
