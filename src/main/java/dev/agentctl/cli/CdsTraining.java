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
        Warmup.run(false);
        Warmup.run(true);
        mergeWithCopies(java.nio.file.Path.of(agents), sink);
        lspSession(java.nio.file.Path.of(agents));
    }

    /**
     * A merge that meets what the samples alone do not: a variant whose body copies another's, a file of another agent
     * left out by {@code --name}, and a variant with a narrower tool grant (the warning). Every lambda and class that a
     * run meets first outside the archive is spun or loaded at run time, which costs a cold JVM a millisecond or more.
     */
    private static void mergeWithCopies(java.nio.file.Path agents, PrintWriter sink) {
        java.nio.file.Path dir = null;
        try (var files = java.nio.file.Files.list(agents)) {
            var first = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst();
            if (first.isEmpty()) {
                return;
            }
            String text = java.nio.file.Files.readString(first.get());
            int end = text.indexOf("\n---", 3);
            if (!text.startsWith("---") || end < 0) {
                return;
            }
            String name = text.lines().filter(l -> l.startsWith("name:")).findFirst().orElse("name: x").substring(5).strip();
            dir = java.nio.file.Files.createTempDirectory("agentctl-cds");
            java.nio.file.Files.writeString(dir.resolve("copy.md"), "---\nname: " + name
                    + "\ndescription: A copy with another grant.\ntools: Read, Grep\nmodel: haiku\n---" + text.substring(end + 4));
            java.nio.file.Files.writeString(dir.resolve("other.md"), "---\nname: other-agent\ndescription: Another agent.\n---\n\nYou are another agent.\n");
            // Blocks the samples lack: nested fences, a table, an item with a second paragraph, items named alike.
            java.nio.file.Files.writeString(dir.resolve("blocks.md"), "---\nname: " + name + "\ndescription: Blocks.\n---\n\n"
                    + "You are a careful reviewer.\n\n## Output Format\n\n```markdown\n# Report\n```bash\nmake test\n```\n```\n\n"
                    + "| Field | Meaning |\n|---|---|\n| id | the key |\n\n## Steps\n\n1. **Read the code**: start at the entry point\n\n"
                    + "   Then follow the calls.\n\n2. **Read the code paths**: follow each branch\n3. Never trust user input and validate it\n\n"
                    + "- **Never Trust User Input**: treat all input as hostile\n");
            String[][] runs = {
                {"merge", "--name", name, agents.toString(), dir.toString()},
                {"merge", "--name", name, "--explain", "--keep", "majority", "--tools", "intersection", agents.toString(), dir.toString()},
            };
            for (String[] run : runs) {
                Main.run(run, sink, sink);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Without it the archive lacks only these paths' classes.
        } finally {
            if (dir != null) {
                try (var left = java.nio.file.Files.list(dir)) {
                    for (java.nio.file.Path f : left.toList()) {
                        java.nio.file.Files.deleteIfExists(f);
                    }
                    java.nio.file.Files.deleteIfExists(dir);
                } catch (java.io.IOException e) {
                    // A temporary directory left behind.
                }
            }
        }
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
