package dev.agentctl.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.agentctl.config.Config;
import dev.agentctl.config.ConfigException;
import dev.agentctl.config.ConfigLoader;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.model.Origin;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.schema.Vocabulary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * agentctl's language server. Requests (completion, hover, code actions) are answered on LSP4J's reader thread from
 * the latest text; linting and everything that touches the {@link Workspace} run on one lint thread, so a burst of
 * edits queues there instead of racing. No failure in a handler reaches LSP4J: each is logged to the client.
 */
public final class AgentLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {

    /** Long enough to fold the burst of changes one editor command sends, short enough not to be seen. */
    static final long DEFAULT_DEBOUNCE_MS = 5;

    private final boolean debug;
    private volatile boolean verbose;
    private volatile LanguageClient client;
    private final ScheduledExecutorService lintThread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agentctl-lint");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, OpenDocument> texts = new ConcurrentHashMap<>();
    private final ParsedDocuments parsed = new ParsedDocuments();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private volatile boolean shutdownRequested;
    private volatile Engine engine;
    private volatile Workspace workspace;
    private volatile RuleDocLinks docs = RuleDocLinks.NONE;
    private long debounceMs = DEFAULT_DEBOUNCE_MS;
    private List<String> extraTools = List.of();
    private boolean disabledActionsSupported;
    /** Read and written on LSP4J's reader thread only. */
    private FieldDocs fieldDocs;
    private Engine fieldDocsFor;

    /** @param debug send stack traces with the errors logged to the client */
    public AgentLanguageServer(boolean debug) {
        this.debug = debug;
        this.verbose = debug;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** Completes when the client sends {@code exit}. */
    CompletableFuture<Void> exited() {
        return exited;
    }

    boolean shutdownRequested() {
        return shutdownRequested;
    }

    // ---- lifecycle

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        try {
            Path root = root(params);
            options(params.getInitializationOptions());
            verbose = debug || "verbose".equals(params.getTrace());
            var textCaps = params.getCapabilities() == null ? null : params.getCapabilities().getTextDocument();
            disabledActionsSupported = textCaps != null && textCaps.getCodeAction() != null
                    && Boolean.TRUE.equals(textCaps.getCodeAction().getDisabledSupport());
            if (docs == RuleDocLinks.NONE) {
                docs = RuleDocLinks.beside(AgentLanguageServer.class);
            }
            Path base = root != null ? root : Path.of("").toAbsolutePath().normalize();
            engine = new Engine(loadConfig(base, Config.NONE), Vocabulary.builtIn(), extraTools);
            workspace = new Workspace(root, engine, this::logWarning);
        } catch (RuntimeException e) {
            logError("initialize failed", e);
            engine = new Engine(Config.NONE, Vocabulary.builtIn(), List.of());
            workspace = new Workspace(null, engine, this::logWarning);
        }
        // Queued now, not at initialized: documents opened later are checked after it, whatever the client sends.
        rescan(engine);
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(), serverInfo()));
    }

    private static ServerCapabilities capabilities() {
        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
        CompletionOptions completion = new CompletionOptions(false, List.of(":", " ", ",", "-", "["));
        caps.setCompletionProvider(completion);
        caps.setHoverProvider(true);
        return caps;
    }

    private static ServerInfo serverInfo() {
        String v = AgentLanguageServer.class.getPackage().getImplementationVersion();
        return new ServerInfo("agentctl", v == null ? "development" : v);
    }

    /**
     * The first workspace folder, else the root URI; null when the client opened no folder. Then the project rules
     * cover the open documents only, as {@code validate} given those files would.
     */
    private static Path root(InitializeParams params) {
        if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
            Path p = Documents.path(params.getWorkspaceFolders().get(0).getUri());
            if (p != null) {
                return p;
            }
        }
        @SuppressWarnings("deprecation")
        String rootUri = params.getRootUri();
        if (rootUri != null && Documents.path(rootUri) != null) {
            return Documents.path(rootUri);
        }
        return null;
    }

    /** {@code knownTools}, {@code ruleDocsBaseUrl} and {@code debounceMs}, each optional. */
    private void options(Object options) {
        if (!(options instanceof JsonObject o)) {
            return;
        }
        if (o.has("knownTools") && o.get("knownTools").isJsonArray()) {
            List<String> tools = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("knownTools")) {
                if (e.isJsonPrimitive()) {
                    tools.add(e.getAsString());
                }
            }
            extraTools = List.copyOf(tools);
        }
        if (o.has("ruleDocsBaseUrl") && o.get("ruleDocsBaseUrl").isJsonPrimitive()) {
            docs = new RuleDocLinks(o.get("ruleDocsBaseUrl").getAsString());
        }
        if (o.has("debounceMs") && o.get("debounceMs").isJsonPrimitive()) {
            debounceMs = Math.max(0, Math.min(2000, o.get("debounceMs").getAsLong()));
        }
    }

    private Config loadConfig(Path root, Config fallback) {
        try {
            return ConfigLoader.find(root).map(ConfigLoader::load).orElse(Config.NONE);
        } catch (ConfigException e) {
            showWarning("agentctl: " + e.getMessage() + " (using " + (fallback == Config.NONE ? "the defaults" : "the previous settings") + ")");
            return fallback;
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        registerWatchers();
    }

    /**
     * Reads the workspace's files on the lint thread, so that the first diagnostics of a document opened meanwhile
     * already carry the project rules over the whole workspace, as {@code validate}'s do.
     */
    private void rescan(Engine with) {
        onLintThread(() -> {
            workspace.install(with, Workspace.scan(workspace.root(), with, this::logWarning));
            checkMovedAndProject();
        });
    }

    /**
     * Lint thread: after the project model changed, checks again the open documents that now have another place in
     * the project (a plugin's manifest appeared, a folder became ignored), then the project rules.
     */
    private void checkMovedAndProject() {
        checkMovedAndProject(null);
    }

    /** The same, publishing this document's findings in any case. */
    private void checkMovedAndProject(String checked) {
        List<String> again = new ArrayList<>();
        if (checked != null) {
            again.add(checked);
        }
        for (OpenDocument doc : workspace.movedInProject()) {
            OpenDocument latest = texts.get(doc.uri());
            if (latest != null && !again.contains(doc.uri())) {
                workspace.analyse(latest, parsed);
                again.add(doc.uri());
            }
        }
        List<String> changed = workspace.checkProject();
        for (String uri : again) {
            publish(uri);
        }
        for (String uri : changed) {
            if (!again.contains(uri)) {
                publish(uri);
            }
        }
    }

    /**
     * Asks the client to report changes on disk to what decides the agents and their findings, when it can: markdown
     * files, plugin and marketplace manifests, git's ignore files and the configuration.
     */
    private void registerWatchers() {
        LanguageClient c = client;
        if (c == null) {
            return;
        }
        var options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                new FileSystemWatcher(Either.forLeft("**/*.md")),
                new FileSystemWatcher(Either.forLeft("**/.claude-plugin/*.json")),
                new FileSystemWatcher(Either.forLeft("**/.gitignore")),
                new FileSystemWatcher(Either.forLeft("**/.git/info/exclude")),
                new FileSystemWatcher(Either.forLeft("**/" + ConfigLoader.FILE_NAME))));
        Registration registration = new Registration("agentctl-watch", "workspace/didChangeWatchedFiles", options);
        c.registerCapability(new RegistrationParams(List.of(registration))).exceptionally(e -> {
            logDebug("the client does not watch files for agentctl: " + e.getMessage());
            return null;
        });
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        pending.values().forEach(f -> f.cancel(false));
        return CompletableFuture.supplyAsync(() -> null, lintThread).handle((v, e) -> null);
    }

    @Override
    public void exit() {
        pending.values().forEach(f -> f.cancel(false));
        lintThread.shutdown(); // not shutdownNow: an interrupt would close the channel a diagnostic is being written to
        exited.complete(null);
    }

    @Override
    public void setTrace(SetTraceParams params) {
        verbose = debug || "verbose".equals(params.getValue());
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // ---- documents

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        update(item.getUri(), item.getText(), item.getVersion(), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var id = params.getTextDocument();
        OpenDocument current = texts.get(id.getUri());
        var changes = params.getContentChanges();
        if (current == null || changes == null) {
            logDebug("ignored a change to " + id.getUri() + ", which is not open");
            return;
        }
        String text = current.text();
        for (var change : changes) {
            // The server asks for whole texts; a client that sends ranges anyway gets them applied in order.
            text = change.getRange() == null ? nonNull(change.getText())
                    : TextPositions.replace(text, change.getRange(), nonNull(change.getText()));
        }
        update(id.getUri(), text, id.getVersion() == null ? current.version() + 1 : id.getVersion(), debounceMs);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void update(String uri, String text, int version, long delay) {
        Path path = Documents.path(uri);
        texts.put(uri, new OpenDocument(uri, path, text, version));
        if (path != null && WorkspaceFiles.isConfig(path)) {
            return; // the configuration counts as saved, not as typed
        }
        ScheduledFuture<?> previous = pending.put(uri, lintThread.schedule(() -> guard(() -> lint(uri)), delay,
                TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        texts.remove(uri);
        parsed.remove(uri);
        ScheduledFuture<?> p = pending.remove(uri);
        if (p != null) {
            p.cancel(false);
        }
        onLintThread(() -> {
            workspace.closed(uri);
            publish(uri, 0, List.of());
            checkMovedAndProject();
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Path path = Documents.path(params.getTextDocument().getUri());
        if (path != null && WorkspaceFiles.isConfig(path)) {
            onLintThread(this::reloadConfig);
        } else if (path != null && !path.toString().endsWith(".md")) {
            // A manifest saved in the editor: its findings follow at once, even without a watcher.
            onLintThread(() -> {
                workspace.filesChanged(List.of(path), List.of());
                checkMovedAndProject();
            });
        } else if (path != null) {
            // A markdown file the model did not know (a new agent, a new skill): found at once, even without a watcher.
            onLintThread(() -> {
                if (workspace.savedUnknown(path)) {
                    checkMovedAndProject();
                }
            });
        }
    }

    /** Lint thread: check one document's latest text and publish what changed. */
    private void lint(String uri) {
        pending.remove(uri);
        OpenDocument doc = texts.get(uri);
        if (doc == null) {
            return;
        }
        boolean modelRead = workspace.opened(doc);
        workspace.analyse(doc, parsed);
        if (modelRead) {
            checkMovedAndProject(uri);
            return;
        }
        List<String> changed = workspace.checkProject();
        publish(uri);
        for (String other : changed) {
            if (!other.equals(uri)) {
                publish(other);
            }
        }
    }

    private void relintAll() {
        for (OpenDocument doc : texts.values()) {
            if (doc.path() == null || !WorkspaceFiles.isConfig(doc.path())) {
                workspace.analyse(doc, parsed);
            }
        }
        workspace.checkProject();
        for (OpenDocument doc : workspace.openDocuments()) {
            publish(doc.uri());
        }
    }

    private void publish(String uri) {
        OpenDocument doc = workspace.openDocument(uri);
        if (doc == null || !texts.containsKey(uri)) {
            return;
        }
        TextPositions positions = new TextPositions(doc.text());
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : workspace.findings(uri)) {
            out.add(Protocol.diagnostic(d, positions, docs));
        }
        publish(uri, doc.version(), out);
    }

    private void publish(String uri, int version, List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null) {
            PublishDiagnosticsParams p = new PublishDiagnosticsParams(uri, diagnostics);
            if (version > 0) {
                p.setVersion(version);
            }
            c.publishDiagnostics(p);
        }
    }

    // ---- workspace

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        onLintThread(this::reloadConfig);
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        List<FileEvent> events = List.copyOf(params.getChanges());
        onLintThread(() -> {
            boolean config = false;
            List<Path> changed = new ArrayList<>();
            List<Path> createdOrDeleted = new ArrayList<>();
            for (FileEvent e : events) {
                Path path = Documents.path(e.getUri());
                if (path == null) {
                    continue;
                }
                if (WorkspaceFiles.isConfig(path)) {
                    config = true;
                } else if (e.getType() == FileChangeType.Changed) {
                    changed.add(path);
                } else {
                    createdOrDeleted.add(path);
                }
            }
            if (!changed.isEmpty() || !createdOrDeleted.isEmpty()) {
                workspace.filesChanged(changed, createdOrDeleted);
                checkMovedAndProject();
            }
            if (config) {
                reloadConfig(); // new settings read the whole workspace again
            }
        });
    }

    /** Lint thread: read {@code .agentctl.yaml} again and check everything under the new settings. */
    private void reloadConfig() {
        Config config = loadConfig(workspace.base(), engine.config());
        if (config.equals(engine.config())) {
            return; // clients send didChangeConfiguration for their own settings too, often right after start-up
        }
        Engine next = new Engine(config, Vocabulary.builtIn(), extraTools);
        engine = next;
        workspace.use(next);
        relintAll();
        rescan(next);
        logInfo("agentctl: settings " + (next.config().file() == null ? "are the defaults" : "read from " + next.config().file()));
    }

    // ---- requests

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return answer("code actions", List.of(), () -> {
            OpenDocument doc = agentDocument(params.getTextDocument().getUri());
            return doc == null ? List.of() : CodeActions.of(engine, parse(doc), doc, params, docs, disabledActionsSupported);
        });
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer("completion", Either.forLeft(List.of()), () -> {
            OpenDocument doc = agentDocument(params.getTextDocument().getUri());
            return Either.forLeft(doc == null ? List.of() : Completions.at(engine.vocabulary(), fieldDocs(), doc.text(), params.getPosition()));
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer("hover", null, () -> {
            OpenDocument doc = agentDocument(params.getTextDocument().getUri());
            return doc == null ? null : Hovers.at(engine, fieldDocs(), workspace, doc, workspace.fileFor(doc), parse(doc).document(),
                    params.getPosition());
        });
    }

    /**
     * An open document that is checked as an agent: one the project model loads as an agent (not a skill, a command
     * or a doc of the workspace), and never {@code .agentctl.yaml}.
     */
    private OpenDocument agentDocument(String uri) {
        OpenDocument doc = texts.get(uri);
        if (doc == null || doc.path() != null && WorkspaceFiles.isConfig(doc.path())) {
            return null;
        }
        AgentFile file = workspace.fileFor(doc);
        return file == null || file.origin().lookalike() != null ? null : doc;
    }

    private ParsedDocuments.Parsed parse(OpenDocument doc) {
        AgentFile file = workspace.fileFor(doc);
        return parsed.get(doc, engine, file == null ? Origin.named("") : file.origin(), workspace.display(doc.path()),
                this::logWarning);
    }

    /** The field docs of the current vocabulary, built on first use. */
    private FieldDocs fieldDocs() {
        Engine e = engine;
        FieldDocs docs = fieldDocs;
        if (docs == null || fieldDocsFor != e) {
            docs = new FieldDocs(e.vocabulary());
            fieldDocs = docs;
            fieldDocsFor = e;
        }
        return docs;
    }

    /** Answers a request from the latest state; a failure is logged and answered with nothing, never an error. */
    private <T> CompletableFuture<T> answer(String what, T nothing, Supplier<T> compute) {
        try {
            return CompletableFuture.completedFuture(compute.get());
        } catch (RuntimeException | StackOverflowError e) {
            logError(what + " failed", e);
            return CompletableFuture.completedFuture(nothing);
        }
    }

    // ---- threads and logging

    private void onLintThread(Runnable task) {
        try {
            lintThread.execute(() -> guard(task));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            logDebug("ignored a change after exit");
        }
    }

    private void guard(Runnable task) {
        try {
            task.run();
        } catch (Throwable e) { // the lint thread must outlive any document or rule
            logError("internal error", e);
        }
    }

    /** What LSP4J could not handle: logged, with the trace only in verbose mode, like the server's own errors. */
    void logLibraryProblem(String what, Throwable e) {
        if (e == null) {
            logWarning(what);
        } else {
            logError(what, e);
        }
    }

    private void logError(String what, Throwable e) {
        String text = "agentctl: " + what + ": " + e;
        if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            text += "\n" + trace;
        }
        log(MessageType.Error, text);
    }

    private void logWarning(String text) {
        log(MessageType.Warning, "agentctl: " + text);
    }

    private void logInfo(String text) {
        log(MessageType.Info, text);
    }

    private void logDebug(String text) {
        if (verbose) {
            log(MessageType.Log, "agentctl: " + text);
        }
    }

    private void log(MessageType type, String text) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, text));
        }
    }

    private void showWarning(String text) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(MessageType.Warning, text));
        }
    }
}
