package dev.agentctl.cli;

import dev.agentctl.config.Config;
import dev.agentctl.config.ConfigException;
import dev.agentctl.config.ConfigLoader;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.AgentScanner;
import dev.agentctl.parse.FileDiscovery;
import dev.agentctl.report.SafeText;
import dev.agentctl.rules.Suggestions;
import dev.agentctl.schema.Vocabulary;
import dev.agentctl.schema.VocabularyException;
import dev.agentctl.schema.VocabularyFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that reads agent files: the configuration, the vocabulary and its extensions. */
public final class InputOptions {

    @Option(names = "--known-tool", paramLabel = "NAME",
            description = "A tool name to accept besides Claude Code's built-in tools (an MCP tool, say). Repeatable.")
    List<String> knownTools = new ArrayList<>();

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Lay this vocabulary JSON over the built-in one: lists add to it, maps add or replace entries, "
                    + "other values replace (e.g. {\"builtinToolNames\": [\"mcp__github__create_issue\"]}).")
    Path vocabularyFile;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read this configuration instead of the nearest .agentctl.yaml in the working directory or above.")
    Path configFile;

    private Config config;

    /** The configuration named by {@code --config}, else the nearest {@code .agentctl.yaml}, else none. */
    Config config() {
        if (config == null) {
            try {
                if (configFile != null) {
                    if (Files.isDirectory(configFile)) {
                        throw new UserError("configuration " + configFile + " is a directory; --config names the file"
                                + " (" + configFile.resolve(".agentctl.yaml") + ")");
                    }
                    if (!Files.isRegularFile(configFile)) {
                        throw new UserError("configuration " + configFile + " does not exist");
                    }
                    config = ConfigLoader.load(configFile);
                } else {
                    config = ConfigLoader.find(Path.of("").toAbsolutePath()).map(ConfigLoader::load).orElse(Config.NONE);
                }
            } catch (ConfigException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        return config;
    }

    Vocabulary vocabulary() {
        Vocabulary base;
        if (vocabularyFile == null) {
            base = Vocabulary.builtIn();
        } else {
            if (!Files.isRegularFile(vocabularyFile)) {
                throw new UserError("vocabulary " + vocabularyFile + " is not a file");
            }
            try (InputStream in = Files.newInputStream(vocabularyFile)) {
                base = Vocabulary.builtIn().overlaidWith(in);
            } catch (VocabularyException e) {
                String near = e.unknownKey() == null ? null : Suggestions.closest(e.unknownKey(), VocabularyFile.knownKeys());
                throw new UserError("vocabulary " + vocabularyFile + ": " + e.getMessage()
                        + (near == null ? "" : " (did you mean `" + near + "`?)"), e);
            } catch (IOException e) {
                throw new UserError("cannot read vocabulary " + JsonErrors.describe(vocabularyFile, e), e);
            }
        }
        List<String> extra = new ArrayList<>(config().knownTools());
        extra.addAll(knownTools);
        return base.withExtraTools(extra);
    }

    AgentScanner scanner(Vocabulary vocabulary) {
        return new AgentScanner(new AgentLoader(new AgentParser(vocabulary)));
    }

    /** Prints what discovery could not read, one line each; true when there was anything to print. */
    static boolean reportProblems(List<FileDiscovery.Problem> problems, java.io.PrintWriter err) {
        problems.forEach(p -> err.println("agentctl: " + SafeText.inline(p.displayPath() + " " + p.message())));
        return !problems.isEmpty();
    }
}
