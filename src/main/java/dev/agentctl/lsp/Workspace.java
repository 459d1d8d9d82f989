package dev.agentctl.lsp;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.Suppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The workspace as the project rules see it: every agent file on disk, with the editor's text in place of the
 * saved one for open documents. Confined to the server's lint thread; what other threads read of it
 * ({@link #summaries()}) is an immutable snapshot.
 */
final class Workspace {

    /** Null when the client opened no folder: then the open documents are the whole project. */
    private final Path root;
    /** Where the settings are looked up, and what paths are shown relative to: the root, else the working directory. */
    private final Path base;
    private final Consumer<String> log;
    private Engine engine;
    /** The files on disk that Claude Code loads, by path: their summaries, not the documents, to keep memory small. */
    private final Map<Path, AgentSummary> onDisk = new HashMap<>();
    private final Map<String, Analysis> open = new HashMap<>();
    private final Map<String, OpenDocument> openDocs = new HashMap<>();
    private final Map<String, List<Diagnostic>> projectFindings = new HashMap<>();
    private volatile List<AgentSummary> summaries = List.of();
    /** Whether anything the project rules read has changed since they last ran. */
    private boolean dirty = true;

    Workspace(Path root, Engine engine, Consumer<String> log) {
        this.root = root;
        this.base = root != null ? root : Path.of("").toAbsolutePath().normalize();
        this.engine = engine;
        this.log = log;
    }

    Path root() {
        return root;
    }

    Path base() {
        return base;
    }

    /** Every loaded agent of the workspace (open documents as edited), for hover; safe from any thread. */
    List<AgentSummary> summaries() {
        return summaries;
    }

    String display(Path path) {
        return path == null ? "untitled" : WorkspaceFiles.display(path, base);
    }

    /** Reads every agent file of the workspace with this engine; touches no state of a workspace. */
    static Map<Path, AgentSummary> scan(Path root, Engine engine, Consumer<String> log) {
        Map<Path, AgentSummary> members = new HashMap<>();
        if (root == null) {
            return members;
        }
        for (AgentFile file : WorkspaceFiles.find(root, engine.config())) {
            AgentSummary summary = summary(engine, file, log);
            if (summary != null) {
                members.put(file.path().toAbsolutePath().normalize(), summary);
            }
        }
        return members;
    }

    /** Takes the result of a {@link #scan} in place of what was known of the files on disk. */
    void install(Engine newEngine, Map<Path, AgentSummary> members) {
        engine = newEngine;
        dirty = true;
        onDisk.clear();
        onDisk.putAll(members);
    }

    /** The engine changes at once; the files on disk follow when a scan with it is installed. */
    void use(Engine newEngine) {
        engine = newEngine;
        dirty = true;
    }

    /** A file changed, appeared or went away on disk. */
    void fileChanged(Path file, boolean deleted) {
        if (root == null) {
            return;
        }
        Path abs = file.toAbsolutePath().normalize();
        dirty = true;
        if (!deleted && java.nio.file.Files.isDirectory(abs)) {
            // A directory moved or copied in: clients report it, not each file in it.
            if (abs.startsWith(root)) {
                for (AgentFile f : WorkspaceFiles.find(abs, root, engine.config())) {
                    loadMember(f);
                }
            }
        } else if (deleted || !WorkspaceFiles.isMember(abs, root, engine.config())) {
            onDisk.keySet().removeIf(p -> p.startsWith(abs)); // a deleted directory takes its files along
        } else {
            loadMember(WorkspaceFiles.agentFile(abs, root));
        }
    }

    private void loadMember(AgentFile file) {
        Path path = file.path().toAbsolutePath().normalize();
        AgentSummary summary = summary(engine, file, log);
        if (summary != null) {
            onDisk.put(path, summary);
        } else {
            onDisk.remove(path);
        }
    }

    /** Null for a file Claude Code does not load (or that cannot be read): the project rules skip it. */
    private static AgentSummary summary(Engine engine, AgentFile file, Consumer<String> log) {
        try {
            return AgentSummary.of(engine.load(file), file.sortKey());
        } catch (RuntimeException | StackOverflowError e) {
            log.accept("cannot read " + file.displayPath() + " for the project rules: " + e);
            return null;
        }
    }

    /** Checks an open document's current text (or takes the check a request already made of it). */
    Analysis analyse(OpenDocument doc, ParsedDocuments cache) {
        String sortKey = doc.path() == null ? doc.uri() : doc.path().toString();
        ParsedDocuments.Parsed parsed = cache.get(doc, engine, display(doc.path()), log);
        AgentDocument d = parsed.document();
        Analysis analysis = new Analysis(d, parsed.findings(), Suppressions.of(d), AgentSummary.of(d, sortKey));
        Analysis before = open.get(doc.uri());
        // An edit of the body, the common case, leaves the project rules' input as it was.
        dirty |= before == null || !Objects.equals(before.summary(), analysis.summary())
                || !before.suppressions().equals(analysis.suppressions());
        open.put(doc.uri(), analysis);
        openDocs.put(doc.uri(), doc);
        return analysis;
    }

    void closed(String uri) {
        dirty = true;
        open.remove(uri);
        OpenDocument doc = openDocs.remove(uri);
        projectFindings.remove(uri);
        if (doc != null && doc.path() != null) {
            fileChanged(doc.path(), !java.nio.file.Files.exists(doc.path()));
        }
    }

    /**
     * Runs the project rules over the workspace, when their input changed, and returns the open documents whose
     * project findings changed since the last run.
     */
    List<String> checkProject() {
        if (!dirty) {
            return List.of();
        }
        dirty = false;
        List<AgentSummary> all = new ArrayList<>();
        Map<String, String> uriByDisplay = new HashMap<>();
        Map<Path, String> openByPath = new HashMap<>();
        for (Map.Entry<String, OpenDocument> e : openDocs.entrySet()) {
            Path p = e.getValue().path();
            if (p != null && (root == null || WorkspaceFiles.isMember(p, root, engine.config()))) {
                openByPath.put(p, e.getKey());
            }
        }
        for (Map.Entry<Path, AgentSummary> e : onDisk.entrySet()) {
            if (!openByPath.containsKey(e.getKey())) {
                all.add(e.getValue());
            }
        }
        for (Map.Entry<Path, String> e : openByPath.entrySet()) {
            Analysis a = open.get(e.getValue());
            if (a != null && a.summary() != null) {
                all.add(a.summary());
            }
            uriByDisplay.put(display(e.getKey()), e.getValue());
        }
        all.sort(java.util.Comparator.comparing(AgentSummary::sortKey));
        summaries = List.copyOf(all);
        Map<String, List<Diagnostic>> found = new HashMap<>();
        for (Diagnostic d : engine.linter().checkProject(all)) {
            String uri = uriByDisplay.get(d.file());
            Analysis a = uri == null ? null : open.get(uri);
            if (a != null && !a.suppressions().suppresses(d.ruleId())) {
                found.computeIfAbsent(uri, k -> new ArrayList<>()).add(d);
            }
        }
        List<String> changed = new ArrayList<>();
        for (String uri : openDocs.keySet()) {
            List<Diagnostic> now = found.getOrDefault(uri, List.of());
            if (!Objects.equals(now, projectFindings.getOrDefault(uri, List.of()))) {
                changed.add(uri);
            }
            projectFindings.put(uri, now);
        }
        return changed;
    }

    /** An open document's findings, file and project rules together, in the order {@code validate} reports them. */
    List<Diagnostic> findings(String uri) {
        Analysis a = open.get(uri);
        if (a == null) {
            return List.of();
        }
        List<Diagnostic> all = new ArrayList<>(a.diagnostics());
        all.addAll(projectFindings.getOrDefault(uri, List.of()));
        all.sort(Diagnostic.ORDER);
        return all;
    }

    OpenDocument openDocument(String uri) {
        return openDocs.get(uri);
    }

    List<OpenDocument> openDocuments() {
        return List.copyOf(openDocs.values());
    }
}
