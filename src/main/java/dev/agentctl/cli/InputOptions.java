package dev.agentctl.cli;

import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.AgentScanner;
import dev.agentctl.parse.FileDiscovery;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that reads agent files: the vocabulary and its extensions. */
public final class InputOptions {

    @Option(names = "--known-tool", paramLabel = "NAME",
            description = "A tool name to accept besides Claude Code's built-in tools (an MCP tool, say). Repeatable.")
    List<String> knownTools = new ArrayList<>();

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Use this vocabulary JSON (same keys as the built-in one) instead of Claude Code ${sys:agentctl.cc.version:-2.1.330}'s.")
    Path vocabularyFile;

    Vocabulary vocabulary() {
        Vocabulary base;
        if (vocabularyFile == null) {
            base = Vocabulary.builtIn();
        } else {
            try (InputStream in = Files.newInputStream(vocabularyFile)) {
                base = Vocabulary.fromJson(in);
            } catch (IOException e) {
                throw new UserError("cannot read vocabulary " + vocabularyFile + ": " + e.getMessage(), e);
            }
        }
        return base.withExtraTools(knownTools);
    }

    AgentScanner scanner(Vocabulary vocabulary) {
        return new AgentScanner(new AgentLoader(new AgentParser(vocabulary)));
    }

    static FileDiscovery.Result discover(List<Path> paths) {
        Path cwd = Path.of("").toAbsolutePath();
        FileDiscovery.Result found = FileDiscovery.discover(paths, cwd, p -> true);
        return found;
    }
}
