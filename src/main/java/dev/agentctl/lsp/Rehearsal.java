package dev.agentctl.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One short session of the server in this JVM, over the same JSON-RPC layer an editor uses: open an agent, ask for
 * hover, completion and code actions, shut down. For bin/agentctl's class-data archive, so that the server's start
 * (LSP4J's and Gson's classes above all) maps classes instead of loading them.
 */
public final class Rehearsal {

    private Rehearsal() {
    }

    public static void run(Path agentFile) throws IOException, InterruptedException {
        String uri = agentFile.toAbsolutePath().toUri().toString();
        String text = Files.readString(agentFile, StandardCharsets.UTF_8);
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> LanguageServerMain.run(
                Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()), false));
        CompletableFuture<Void> published = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(Channels.newInputStream(toClient.source()), published), "rehearsal-reader");
        reader.setDaemon(true);
        reader.start();
        OutputStream out = Channels.newOutputStream(toServer.sink());
        String doc = "{\"textDocument\":{\"uri\":" + json(uri) + "}";
        String at = ",\"position\":{\"line\":3,\"character\":8}}";
        for (String message : List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":"
                        + json(URI.create(uri).resolve(".").toString()) + ",\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":" + json(uri)
                        + ",\"languageId\":\"markdown\",\"version\":1,\"text\":" + json(text) + "}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":" + doc + at + "}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/completion\",\"params\":" + doc + at + "}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/codeAction\",\"params\":" + doc
                        + ",\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":9,\"character\":0}},"
                        + "\"context\":{\"diagnostics\":[]}}}")) {
            send(out, message);
        }
        try {
            published.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // A rehearsal that ends early only archives fewer classes.
        }
        send(out, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}");
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        try {
            server.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // as above
        }
        toServer.sink().close();
        toClient.sink().close();
    }

    private static void send(OutputStream out, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** Reads what the server sends until it ends; completes when diagnostics were published. */
    private static void drain(InputStream in, CompletableFuture<Void> published) {
        byte[] buffer = new byte[8192];
        StringBuilder seen = new StringBuilder();
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                seen.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                if (seen.indexOf("textDocument/publishDiagnostics") >= 0) {
                    published.complete(null);
                    seen.setLength(0);
                } else if (seen.length() > 64) {
                    seen.delete(0, seen.length() - 64);
                }
            }
        } catch (IOException e) {
            // the session is over
        }
        published.complete(null);
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
