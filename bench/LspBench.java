import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times agentctl's language server as an editor sees it, over stdio, from outside the process: start-up to the
 * answer to initialize; the time from each didChange of a 5 KB agent to the publishDiagnostics for that version
 * (after a warm-up), alone and with 1,000 other agent files open; and the resident memory of the server with those
 * files open; and the time from a file created or deleted on disk to the diagnostics it changes. The agents are
 * in the project's {@code .claude/agents/} before the server starts, as in a repository. Not a test: it prints
 * figures.
 *
 * <pre>
 * bin/agentctl --version             # builds the jar
 * java bench/LspBench.java [LAUNCHER [DEBOUNCE_MS]]     # defaults: bin/agentctl, the server's own debounce
 * </pre>
 */
public final class LspBench {

    static final int WARMUP = 300;
    static final int EDITS = 1000;
    static final int OPEN_FILES = 1000;
    static final Pattern PUBLISHED = Pattern.compile("\"method\":\"textDocument/publishDiagnostics\".*\"uri\":\"([^\"]+)\".*\"version\":(\\d+)|\"uri\":\"([^\"]+)\".*\"version\":(\\d+).*\"method\":\"textDocument/publishDiagnostics\"");

    public static void main(String[] args) throws Exception {
        String launcher = args.length > 0 ? args[0] : "bin/agentctl";
        String options = args.length > 1 ? ",\"initializationOptions\":{\"debounceMs\":" + Integer.parseInt(args[1]) + "}" : "";
        Path dir = Files.createTempDirectory("agentctl-lsp-bench");
        // A project as the server finds it: its agents in .claude/agents/ before the editor starts, a skill and a
        // command beside them.
        Path agents = dir.resolve(".claude/agents");
        Files.createDirectories(agents);
        String agent = agentOf(5 * 1024);
        Files.writeString(agents.resolve("big.md"), agent);
        for (int i = 0; i < OPEN_FILES; i++) {
            Files.writeString(agents.resolve("agent-" + i + ".md"), agentOf(3 * 1024).replace("name: bench", "name: agent-" + i));
        }
        Files.createDirectories(dir.resolve(".claude/skills/style"));
        Files.writeString(dir.resolve(".claude/skills/style/SKILL.md"), "---\nname: style\ndescription: House style\n---\nWrite plainly.\n");
        Files.createDirectories(dir.resolve(".claude/commands"));
        Files.writeString(dir.resolve(".claude/commands/ship.md"), "---\ndescription: Ship it\n---\nShip.\n");
        long t0 = System.nanoTime();
        Process server = new ProcessBuilder(launcher, "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        OutputStream out = server.getOutputStream();
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(server.getInputStream(), messages), "reader");
        reader.setDaemon(true);
        reader.start();

        send(out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
                + dir.toUri() + "\",\"capabilities\":{}" + options + "}}");
        awaitMatching(messages, "\"id\":1");
        double startup = ms(System.nanoTime() - t0);
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

        String uri = agents.resolve("big.md").toUri().toString();
        send(out, didOpen(uri, agent));
        awaitVersion(messages, uri, 1);
        List<Double> latencies = edits(out, messages, uri, agent, 2);

        for (int i = 0; i < OPEN_FILES; i++) {
            Path file = agents.resolve("agent-" + i + ".md");
            send(out, didOpen(file.toUri().toString(), Files.readString(file)));
        }
        for (int i = 0; i < OPEN_FILES; i++) {
            awaitVersion(messages, agents.resolve("agent-" + i + ".md").toUri().toString(), 1);
        }
        Thread.sleep(500);
        long rss = rssKb(server.toHandle().pid());
        List<Double> crowded = edits(out, messages, uri, agent, 2 + WARMUP + EDITS);
        List<Double> onDisk = fileEvents(out, messages, agents, uri, 1 + 2 * (WARMUP + EDITS));

        send(out, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
        awaitMatching(messages, "\"id\":2");
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        boolean ended = server.waitFor(10, TimeUnit.SECONDS);

        System.out.printf(Locale.ROOT, "start-up to initialize result: %.0f ms%n", startup);
        System.out.printf(Locale.ROOT, "didChange -> publishDiagnostics, 5 KB agent, %d edits after %d warm-up: "
                        + "median %.2f ms, p95 %.2f ms, max %.2f ms%n", EDITS, WARMUP,
                latencies.get(latencies.size() / 2), latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1),
                latencies.get(latencies.size() - 1));
        System.out.printf(Locale.ROOT, "the same with %d other agent files open: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                OPEN_FILES, crowded.get(crowded.size() / 2), crowded.get((int) Math.ceil(crowded.size() * 0.95) - 1),
                crowded.get(crowded.size() - 1));
        System.out.printf(Locale.ROOT, "an agent created or deleted on disk (didChangeWatchedFiles -> the open file's new "
                        + "duplicate-name finding), %d events: median %.1f ms, max %.1f ms%n", onDisk.size(),
                onDisk.get(onDisk.size() / 2), onDisk.get(onDisk.size() - 1));
        System.out.printf(Locale.ROOT, "resident memory with %d agent files open: %.0f MB%n", OPEN_FILES + 1, rss / 1024.0);
        System.out.println("exit code after shutdown and exit: " + (ended ? server.exitValue() : "(still running)"));
        deleteTree(dir);
    }

    /** Warm-up edits, then the timed ones: each the time from sending a didChange to its publishDiagnostics. */
    static List<Double> edits(OutputStream out, BlockingQueue<String> messages, String uri, String agent, int firstVersion)
            throws IOException, InterruptedException {
        List<Double> latencies = new ArrayList<>();
        for (int v = firstVersion; v < firstVersion + WARMUP + EDITS; v++) {
            // A keystroke: one character more or less at the end of the prompt, a legacy alias now and then.
            String text = agent.replace("tools: Read, Grep", v % 7 == 0 ? "tools: Read, Task" : "tools: Read, Grep")
                    + "x".repeat(v % 5);
            long start = System.nanoTime();
            send(out, didChange(uri, v, text));
            awaitVersion(messages, uri, v);
            if (v >= firstVersion + WARMUP) {
                latencies.add(ms(System.nanoTime() - start));
            }
        }
        Collections.sort(latencies);
        return latencies;
    }

    /**
     * A second file naming the open agent, created and deleted on disk in turn: each time from the watched-file
     * event to the open agent's diagnostics gaining or losing the duplicate-name finding. The server reads the
     * project model again (the search of the workspace) but no agent file but the new one.
     */
    static List<Double> fileEvents(OutputStream out, BlockingQueue<String> messages, Path agents, String uri, int version)
            throws IOException, InterruptedException {
        Path twin = agents.resolve("zz-twin.md");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean create = i % 2 == 0;
            if (create) {
                Files.writeString(twin, "---\nname: bench\ndescription: The same agent again\n---\nTwin.\n");
            } else {
                Files.delete(twin);
            }
            long start = System.nanoTime();
            send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeWatchedFiles\",\"params\":{\"changes\":[{\"uri\":\""
                    + twin.toUri() + "\",\"type\":" + (create ? 1 : 3) + "}]}}");
            awaitVersion(messages, uri, version);
            times.add(ms(System.nanoTime() - start));
        }
        Collections.sort(times);
        return times;
    }

    static String agentOf(int size) {
        StringBuilder s = new StringBuilder("""
                ---
                name: bench
                description: Reviews pull requests for style problems. Use after every change to a pull request.
                tools: Read, Grep
                model: sonnet
                color: blue
                ---

                You are a careful reviewer.

                """);
        int n = 0;
        while (s.length() < size) {
            s.append("- Check rule ").append(n++).append(": names say what things are, comments say why.\n");
        }
        return s.toString();
    }

    static String didOpen(String uri, String text) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
                + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":" + json(text) + "}}}";
    }

    static String didChange(String uri, int version, String text) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
                + "\",\"version\":" + version + "},\"contentChanges\":[{\"text\":" + json(text) + "}]}}";
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static void send(OutputStream out, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    static void read(InputStream in, BlockingQueue<String> messages) {
        try {
            while (true) {
                int length = -1;
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                while (true) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    if (b == '\n') {
                        String header = line.toString(StandardCharsets.US_ASCII).strip();
                        line.reset();
                        if (header.isEmpty()) {
                            break;
                        }
                        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring(15).strip());
                        }
                    } else {
                        line.write(b);
                    }
                }
                messages.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the server went away
        }
    }

    static void awaitVersion(BlockingQueue<String> messages, String uri, int version) throws InterruptedException {
        while (true) {
            String m = next(messages);
            Matcher p = PUBLISHED.matcher(m);
            if (p.find()) {
                String u = p.group(1) != null ? p.group(1) : p.group(3);
                String v = p.group(2) != null ? p.group(2) : p.group(4);
                if (u.equals(uri) && Integer.parseInt(v) == version) {
                    return;
                }
            }
        }
    }

    static void awaitMatching(BlockingQueue<String> messages, String needle) throws InterruptedException {
        while (!next(messages).contains(needle)) {
            // skip notifications
        }
    }

    static String next(BlockingQueue<String> messages) throws InterruptedException {
        String m = messages.poll(60, TimeUnit.SECONDS);
        if (m == null) {
            throw new IllegalStateException("no message from the server for 60 s");
        }
        return m;
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
