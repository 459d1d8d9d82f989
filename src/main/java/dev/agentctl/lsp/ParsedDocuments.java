package dev.agentctl.lsp;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.model.Origin;
import dev.agentctl.parse.AgentDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The last parse and file-rule check of each open document, shared by the lint thread and the requests, so that a
 * hover or a code action on a large document does not parse it again. An entry serves only the very text, engine
 * and place in the project it was made from.
 */
final class ParsedDocuments {

    record Parsed(OpenDocument source, Engine engine, Origin origin, AgentDocument document, List<Diagnostic> findings) {
    }

    private final Map<String, Parsed> byUri = new ConcurrentHashMap<>();

    Parsed get(OpenDocument doc, Engine engine, Origin origin, String displayPath, Consumer<String> log) {
        Parsed p = byUri.get(doc.uri());
        if (p != null && p.source() == doc && p.engine() == engine && p.origin().equals(origin)) {
            return p;
        }
        AgentDocument parsed = engine.parse(doc.path() == null ? Path.of("untitled") : doc.path(), displayPath, doc.text());
        p = new Parsed(doc, engine, origin, parsed, List.copyOf(engine.check(parsed, origin, log)));
        byUri.put(doc.uri(), p);
        return p;
    }

    void remove(String uri) {
        byUri.remove(uri);
    }
}
