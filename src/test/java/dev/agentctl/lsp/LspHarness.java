package dev.agentctl.lsp;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language client talking to {@link LanguageServerMain} in this JVM over OS pipes, as an editor talks to
 * {@code agentctl lsp} over stdio; it records what the server sends.
 */
final class LspHarness implements AutoCloseable {

    static final long TIMEOUT_S = 10;

    final Recorder client = new Recorder();
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode;
    private final Pipe toServer;
    private final Pipe toClient;

    /** What the server sent, in order. */
    static final class Recorder implements LanguageClient {
        final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
        final List<MessageParams> logged = new CopyOnWriteArrayList<>();
        final Map<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
            latest.put(diagnostics.getUri(), diagnostics);
            notifyAll();
        }

        @Override
        public void showMessage(MessageParams messageParams) {
            logged.add(messageParams);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            logged.add(message);
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            return CompletableFuture.completedFuture(null);
        }

        /** Waits for a publication for this document that satisfies the condition. */
        synchronized PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> condition)
                throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            while (true) {
                PublishDiagnosticsParams p = latest.get(uri);
                if (p != null && condition.test(p)) {
                    return p;
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no diagnostics for " + uri + " as expected; last: " + p);
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    LspHarness(Path root) throws Exception {
        this(root, null);
    }

    LspHarness(Path root, Object initializationOptions) throws Exception {
        toServer = Pipe.open();
        toClient = Pipe.open();
        exitCode = CompletableFuture.supplyAsync(() -> LanguageServerMain.run(Channels.newInputStream(toServer.source()),
                Channels.newOutputStream(toClient.sink()), false));
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client,
                Channels.newInputStream(toClient.source()), new QueuedOutput(Channels.newOutputStream(toServer.sink())));
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        if (root != null) {
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "root")));
        }
        init.setInitializationOptions(initializationOptions);
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        CodeActionCapabilities actions = new CodeActionCapabilities();
        actions.setDisabledSupport(true);
        text.setCodeAction(actions);
        caps.setTextDocument(text);
        init.setCapabilities(caps);
        server.initialize(init).get(TIMEOUT_S, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    String open(Path file) throws IOException {
        return open(file.toUri().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    String open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
        return uri;
    }

    void change(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    PublishDiagnosticsParams diagnostics(String uri, int version) throws InterruptedException {
        return client.await(uri, p -> p.getVersion() != null && p.getVersion() == version);
    }

    /** Ends the session as an editor does: shutdown, then exit; returns the server's exit code. */
    int shutdownAndExit() throws Exception {
        server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
        server.exit();
        return exitCode.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Closes the server's input, as an editor that dies does. */
    void hangUp() throws IOException {
        toServer.sink().close();
    }

    @Override
    public void close() throws IOException {
        if (!exitCode.isDone()) {
            server.exit();
            try {
                exitCode.get(TIMEOUT_S, TimeUnit.SECONDS);
            } catch (Exception e) {
                // closing the pipes below ends it anyway
            }
        }
        toServer.sink().close();
        toClient.sink().close();
    }

    /**
     * What the client writes, handed to a thread of its own. An editor never stops reading while it writes; a test
     * that sends a burst of messages from its main thread would, and with both pipes full the client's reader, which
     * must answer the server's requests, would wait on the main thread forever.
     */
    private static final class QueuedOutput extends java.io.OutputStream {
        private static final byte[] END = new byte[0];
        private final java.util.concurrent.BlockingQueue<byte[]> queue = new java.util.concurrent.LinkedBlockingQueue<>();

        QueuedOutput(java.io.OutputStream out) {
            Thread writer = new Thread(() -> {
                try {
                    for (byte[] b = queue.take(); b != END; b = queue.take()) {
                        out.write(b);
                        out.flush();
                    }
                    out.close();
                } catch (IOException | InterruptedException e) {
                    // the server went away: nothing more to send
                }
            }, "test-client-writer");
            writer.setDaemon(true);
            writer.start();
        }

        @Override
        public void write(int b) {
            queue.add(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            queue.add(java.util.Arrays.copyOfRange(b, off, off + len));
        }

        @Override
        public void close() {
            queue.add(END);
        }
    }

    /** Applies LSP edits (positions in UTF-16 units of the original text) as an editor would. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit e : sorted) {
            out.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
        }
        return out.toString();
    }

    static int offset(String text, Position p) {
        int line = 0;
        int i = 0;
        while (line < p.getLine() && i < text.length()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        return Math.min(text.length(), i + p.getCharacter());
    }
}
