package dev.agentctl.cli;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.merge.MarkdownRenderer;
import dev.agentctl.merge.MergePolicy;
import dev.agentctl.merge.Merger;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.report.Report;
import dev.agentctl.report.TextReporter;
import dev.agentctl.rules.Linter;
import dev.agentctl.rules.RuleRegistry;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and initialises the classes that reading and linting files need (snakeyaml, the vocabulary, every rule, the
 * text report), or for {@code merge} reading and merging them (commonmark, the merger), on a second thread, while the main thread spends its first ~60 ms building picocli's command model.
 * Class initialisation is once per JVM and thread-safe, so the main thread later finds that work done, or waits for
 * the part in progress; nothing is shared but classes and the built-in vocabulary, and nothing is printed. On one
 * core it costs nothing but a thread; on two, a short run ends sooner.
 */
final class Warmup {

    /** Commands that read agent files. */
    private static final Set<String> READERS = Set.of("validate", "inspect", "fix", "merge");

    /** A small agent with a repaired value, a list and a few findings, so that most code paths run once. */
    private static final String SAMPLE = """
            ---
            name: warm-up
            description: Use this agent when: it warms up. <example>user: 'go'</example>
            tools: Read, Grep, Task, MultiEdit
            model: sonnet
            color: blue
            ---

            You are a warm-up.

            ## Steps
            - Read the files
            """;

    private Warmup() {
    }

    /** Starts the warm-up when the command reads files; returns at once. */
    static void startFor(String command) {
        if (command == null || !READERS.contains(command)) {
            return;
        }
        Thread t = new Thread(() -> run(command.equals("merge")), "agentctl-warmup");
        t.setDaemon(true);
        t.start();
    }

    /**
     * @param merge warm up merging (commonmark, the merger, the Markdown renderer) instead of linting; package-private
     *              for {@link CdsTraining}, so that the archive holds the warm-up's own classes too
     */
    static void run(boolean merge) {
        try {
            Vocabulary vocabulary = Vocabulary.builtIn();
            AgentDocument doc = new AgentLoader(new AgentParser(vocabulary))
                    .parse(Path.of("warm-up.md"), "warm-up.md", SAMPLE.getBytes(StandardCharsets.UTF_8));
            if (merge) {
                MarkdownRenderer.render(new Merger(vocabulary, MergePolicy.DEFAULT).merge(List.of(doc, doc), null));
                return;
            }
            List<Diagnostic> found = new Linter(vocabulary, Map.of()).check(doc);
            new TextReporter(false).write(new Report(found, 1, RuleRegistry.metas(), "warm-up"), Writer.nullWriter());
        } catch (IOException | RuntimeException e) {
            // Only speed is at stake: the real run meets the same code and reports whatever went wrong there.
        }
    }
}
