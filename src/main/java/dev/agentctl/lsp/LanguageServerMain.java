package dev.agentctl.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a pair of streams until the client says {@code exit} or hangs up. */
public final class LanguageServerMain {

    private LanguageServerMain() {
    }

    /**
     * @return the exit code the protocol asks for: 0 when {@code shutdown} came before the end, 1 otherwise
     */
    public static int run(InputStream in, OutputStream out, boolean debug) {
        AgentLanguageServer server = new AgentLanguageServer(debug);
        LibraryLog.sendTo(server::logLibraryProblem);
        // Daemon threads, shut down at the end: LSP4J's default pool would keep a JVM that is done alive for a minute.
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "agentctl-lsp-io");
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(threads)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Void> hungUp = CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // The stream broke: the same as hanging up.
            }
        });
        CompletableFuture.anyOf(server.exited(), hungUp).join();
        listening.cancel(true);
        threads.shutdown();
        return server.shutdownRequested() ? 0 : 1;
    }
}
