package dev.agentctl.rules;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Fix;
import dev.agentctl.model.Location;
import dev.agentctl.model.Origin;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.schema.Vocabulary;
import java.util.List;

/** What a file rule may use and where it reports; one per file and rule, so it needs no locking. */
public final class RuleContext {

    private final RuleMeta meta;
    private final AgentDocument document;
    private final Vocabulary vocabulary;
    private final List<Diagnostic> sink;
    private final Origin origin;

    RuleContext(RuleMeta meta, AgentDocument document, Vocabulary vocabulary, List<Diagnostic> sink, Origin origin) {
        this.meta = meta;
        this.document = document;
        this.vocabulary = vocabulary;
        this.sink = sink;
        this.origin = origin;
    }

    /** Where the file sits in the project (a plugin's agents follow other rules). */
    public Origin origin() {
        return origin;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public void report(Location location, String message) {
        report(location, message, null);
    }

    public void report(Location location, String message, Fix fix) {
        sink.add(new Diagnostic(meta.id(), meta.name(), meta.severity(), message, document.displayPath(), location,
                meta.fixable() ? fix : null));
    }
}
