package dev.agentctl.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The training run for bin/agentctl's AppCDS archive, not a user command: runs every command once, in one JVM, on
 * the directory given, so that the archive holds the classes of all of them (a JVM records one archive per process).
 * Output is discarded and exit codes ignored: only the classes loaded matter. The merge runs assume the directory
 * holds variants of one agent (as the sample agents are); otherwise they stop early and archive less of merge.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) {
        String agents = args[0];
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        String[][] runs = {
            {"validate", agents},
            {"inspect", agents},
            {"inspect", "--format", "json", agents},
            {"fix", "--dry-run", agents},
            {"merge", agents},
            {"merge", "--explain", "--format", "json", agents},
            {"schema"},
            {"completion", "bash"},
            {"--help"},
            {"--version"},
        };
        for (String[] run : runs) {
            Main.run(run, sink, sink);
        }
        lspSession(java.nio.file.Path.of(agents));
    }

    /** agentctl lsp reads standard input, so it is rehearsed on one sample instead of run as a command. */
    private static void lspSession(java.nio.file.Path agents) {
        try (var files = java.nio.file.Files.list(agents)) {
            var first = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst();
            if (first.isPresent()) {
                dev.agentctl.lsp.Rehearsal.run(first.get());
            }
        } catch (java.io.IOException e) {
            // Without it the archive lacks only the server's classes.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
