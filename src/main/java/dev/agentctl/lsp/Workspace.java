package dev.agentctl.lsp;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.model.Origin;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.Suppressions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The workspace as the project rules see it: the agent files of the project model, with the editor's text in place
 * of the saved one for open documents. Confined to the server's lint thread; what other threads read of it
 * ({@link #summaries()}, {@link #files()}) are immutable snapshots.
 */
final class Workspace {

    /** Null when the client opened no folder: then the open documents are the whole project. */
    private final Path root;
    /** Where the settings are looked up, and what paths are shown relative to: the root, else the working directory. */
    private final Path base;
    private final Consumer<String> log;
    private Engine engine;
    private volatile WorkspaceFiles files = WorkspaceFiles.none();
    /** The agent files on disk, by path: each with its summary (null when it does not load), not its document. */
    private final Map<Path, OnDisk> onDisk = new HashMap<>();
    private final Map<String, Analysis> open = new HashMap<>();
    private final Map<String, OpenDocument> openDocs = new HashMap<>();
    private final Map<String, List<Diagnostic>> projectFindings = new HashMap<>();
    private volatile List<AgentSummary> summaries = List.of();
    /** Whether anything the project rules read has changed since they last ran. */
    private boolean dirty = true;

    private record OnDisk(AgentFile file, AgentSummary summary) {
    }

    /** What a scan of the workspace read: the project model and a summary of each of its agent files. */
    record Scan(WorkspaceFiles files, Map<Path, OnDisk> members) {
    }

    Workspace(Path root, Engine engine, Consumer<String> log) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        this.base = root != null ? this.root : Path.of("").toAbsolutePath().normalize();
        this.engine = engine;
        this.log = log;
    }

    Path root() {
        return root;
    }

    Path base() {
        return base;
    }

    /** Every agent of the workspace (open documents as edited), with its place in the project; safe from any thread. */
    List<AgentSummary> summaries() {
        return summaries;
    }

    /** The project model's files; safe from any thread. */
    WorkspaceFiles files() {
        return files;
    }

    String display(Path path) {
        return path == null ? "untitled" : WorkspaceFiles.display(path, base);
    }

    /**
     * How an open document is checked: the agent file it is, or null for a file Claude Code does not load as an
     * agent. Safe from any thread.
     */
    AgentFile fileFor(OpenDocument doc) {
        if (doc.path() == null) {
            return new AgentFile(Path.of("untitled"), "untitled", doc.uri(), true);
        }
        return files.fileFor(doc.path());
    }

    /** Reads the project model and every agent file of the workspace with this engine; touches no state of a workspace. */
    static Scan scan(Path root, Engine engine, Consumer<String> log) {
        WorkspaceFiles found = read(root, engine, log);
        Map<Path, OnDisk> members = new HashMap<>();
        for (Map.Entry<Path, AgentFile> e : found.files().entrySet()) {
            members.put(e.getKey(), new OnDisk(e.getValue(), summary(engine, e.getValue(), log)));
        }
        return new Scan(found, members);
    }

    private static WorkspaceFiles read(Path root, Engine engine, Consumer<String> log) {
        try {
            return WorkspaceFiles.read(root, engine.config());
        } catch (RuntimeException | StackOverflowError e) {
            log.accept("cannot read the project model of " + root + ": " + e);
            return WorkspaceFiles.none();
        }
    }

    /** Takes the result of a {@link #scan} in place of what was known of the files on disk. */
    void install(Engine newEngine, Scan scan) {
        engine = newEngine;
        dirty = true;
        files = scan.files();
        onDisk.clear();
        onDisk.putAll(scan.members());
    }

    /** The engine changes at once; the files on disk follow when a scan with it is installed. */
    void use(Engine newEngine) {
        engine = newEngine;
        dirty = true;
    }

    /**
     * Files changed, appeared or went away on disk. A change to the text of an agent file reads that file again; any
     * other event (a file created or deleted, a manifest, an ignore file) reads the project model again, which walks
     * the folders and manifests but reads only the agent files that are new, moved to another place in the project,
     * or named in the events.
     */
    void filesChanged(List<Path> changed, List<Path> createdOrDeleted) {
        if (root == null) {
            return;
        }
        boolean model = !createdOrDeleted.isEmpty();
        Set<Path> touched = new HashSet<>(createdOrDeleted);
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (onDisk.containsKey(abs)) {
                touched.add(abs);
            } else if (!isMarkdown(abs) || Files.isDirectory(abs)) {
                model = true; // a manifest, .gitignore or another file that decides what the agents are
            }
            // A markdown file that is not an agent: its text does not change what the agents are.
        }
        dirty = true;
        if (!model) {
            for (Path p : touched) {
                OnDisk before = onDisk.get(p);
                onDisk.put(p, new OnDisk(before.file(), summary(engine, before.file(), log)));
            }
            return;
        }
        WorkspaceFiles now = read(root, engine, log);
        Map<Path, OnDisk> next = new HashMap<>();
        for (Map.Entry<Path, AgentFile> e : now.files().entrySet()) {
            Path p = e.getKey();
            OnDisk before = onDisk.get(p);
            boolean reread = before == null || !before.file().equals(e.getValue())
                    || touched.stream().anyMatch(p::startsWith);
            next.put(p, reread ? new OnDisk(e.getValue(), summary(engine, e.getValue(), log)) : before);
        }
        files = now;
        onDisk.clear();
        onDisk.putAll(next);
    }

    private static boolean isMarkdown(Path p) {
        return p.getFileName() != null && p.getFileName().toString().endsWith(".md");
    }

    /** Null for a file Claude Code does not load (or that cannot be read): the project rules skip it. */
    private static AgentSummary summary(Engine engine, AgentFile file, Consumer<String> log) {
        if (file.origin().lookalike() != null) {
            return null;
        }
        try {
            return AgentSummary.of(engine.load(file), file.sortKey(), file.origin());
        } catch (RuntimeException | StackOverflowError e) {
            log.accept("cannot read " + file.displayPath() + " for the project rules: " + e);
            return null;
        }
    }

    /**
     * A document opened for the first time, saved in the workspace but unknown to the project model: written since
     * the model was read, by a client that does not report files created on disk. Reads the model again (only for a
     * file written since the model was read, so that opening docs and skills costs no search) and tells whether it did.
     */
    boolean opened(OpenDocument doc) {
        Path p = doc.path();
        if (root == null || p == null || open.containsKey(doc.uri()) || !p.startsWith(root) || !isMarkdown(p)
                || files.files().containsKey(p) || !Files.isRegularFile(p) || !files.newerThanModel(p)) {
            return false;
        }
        filesChanged(List.of(), List.of(p));
        return true;
    }

    /**
     * A markdown file saved in the editor: when the model does not know it (a new agent or skill, saved by a client
     * that reports no file events), the model is read again. Tells whether it was.
     */
    boolean savedUnknown(Path file) {
        Path p = file.toAbsolutePath().normalize();
        if (root == null || !p.startsWith(root) || files.files().containsKey(p) || !Files.isRegularFile(p)) {
            return false;
        }
        filesChanged(List.of(), List.of(p));
        return true;
    }

    /**
     * Checks an open document's current text as the file the project model makes of it (or takes the check a
     * request already made of it). A document that is not an agent gets no check at all.
     */
    Analysis analyse(OpenDocument doc, ParsedDocuments cache) {
        AgentFile file = fileFor(doc);
        Analysis analysis;
        if (file == null) {
            analysis = Analysis.NOT_AN_AGENT;
        } else {
            Origin origin = file.origin();
            ParsedDocuments.Parsed parsed = cache.get(doc, engine, origin, display(doc.path()), log);
            AgentDocument d = parsed.document();
            analysis = new Analysis(file, d, parsed.findings(), Suppressions.of(d),
                    origin.lookalike() != null ? null : AgentSummary.of(d, file.sortKey(), origin));
        }
        Analysis before = open.get(doc.uri());
        // An edit of the body, the common case, leaves the project rules' input as it was.
        dirty |= before == null || !Objects.equals(before.summary(), analysis.summary())
                || !before.suppressions().equals(analysis.suppressions());
        open.put(doc.uri(), analysis);
        openDocs.put(doc.uri(), doc);
        return analysis;
    }

    /** The open documents whose place in the project is no longer the one they were checked as. */
    List<OpenDocument> movedInProject() {
        List<OpenDocument> moved = new ArrayList<>();
        for (Map.Entry<String, OpenDocument> e : openDocs.entrySet()) {
            Analysis a = open.get(e.getKey());
            if (a != null && !Objects.equals(a.file(), fileFor(e.getValue()))) {
                moved.add(e.getValue());
            }
        }
        return moved;
    }

    /** The saved text stands for a closed document again, read from disk in case no watcher told of the save. */
    void closed(String uri) {
        dirty = true;
        Analysis a = open.remove(uri);
        OpenDocument doc = openDocs.remove(uri);
        projectFindings.remove(uri);
        if (a == null || a.file() == null || doc == null || doc.path() == null || !files.inProject(doc.path())) {
            return;
        }
        if (onDisk.containsKey(doc.path())) {
            filesChanged(List.of(doc.path()), List.of());
        } else if (Files.exists(doc.path())) {
            filesChanged(List.of(), List.of(doc.path())); // a new agent, saved
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
        Map<Path, AgentSummary> byPath = new HashMap<>();
        for (Map.Entry<Path, OnDisk> e : onDisk.entrySet()) {
            if (e.getValue().summary() != null) {
                byPath.put(e.getKey(), e.getValue().summary());
            }
        }
        List<AgentSummary> unsaved = new ArrayList<>();
        Map<String, String> uriByDisplay = new HashMap<>();
        for (Map.Entry<String, OpenDocument> e : openDocs.entrySet()) {
            OpenDocument doc = e.getValue();
            uriByDisplay.put(display(doc.path()), e.getKey());
            Analysis a = open.get(e.getKey());
            if (a == null || a.file() == null || !files.inProject(doc.path())) {
                continue;
            }
            // The editor's text stands for the saved one.
            if (doc.path() != null) {
                byPath.remove(doc.path());
            }
            if (a.summary() != null) {
                unsaved.add(a.summary());
            }
        }
        List<AgentSummary> all = new ArrayList<>(byPath.values());
        all.addAll(unsaved);
        all.sort(Comparator.comparing(AgentSummary::file));
        summaries = List.copyOf(all);
        Map<String, List<Diagnostic>> found = new HashMap<>();
        for (Diagnostic d : engine.linter().checkProject(all, root == null ? dev.agentctl.rules.ProjectFacts.NONE : files.facts())) {
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
