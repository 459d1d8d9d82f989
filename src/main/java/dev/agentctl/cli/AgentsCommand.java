package dev.agentctl.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.agentctl.model.ProjectFinding;
import dev.agentctl.project.AgentRoster;
import dev.agentctl.project.Invocation;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.report.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the agents Claude Code would offer in a working directory, like its {@code /agents} screen. */
@Command(name = "agents", mixinStandardHelpOptions = true,
        header = "List the agents Claude Code would load in a directory, and what it would leave out.",
        description = "List the custom agents Claude Code would offer when started in DIR (default: the current "
                + "directory): agent type, scope, source file, description, model and tools (as Claude Code lists them); then every "
                + "file that gives no agent, with the reason (replaced by a file of higher precedence, or not loaded). "
                + "Takes the Claude Code options that change which agents load.",
        footerHeading = "%nExamples:%n",
        footer = {"  agentctl agents",
                "  agentctl agents --plugin-dir ../my-plugin --format json services/api",
                "",
                "Exit status:",
                "  0  listed",
                "  1  a plugin manifest Claude Code cannot use (reported on standard error)",
                "  2  usage or I/O trouble"})
public final class AgentsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The working directory Claude Code would start in (default: .).")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--plugin-dir", paramLabel = "DIR",
            description = "A plugin, or a folder of plugins, as Claude Code's --plugin-dir. Repeatable; a later one wins a clash.")
    List<Path> pluginDirs = new ArrayList<>();

    @Option(names = "--add-dir", paramLabel = "DIR", description = "Read DIR/.claude/agents too, as Claude Code's --add-dir. Repeatable.")
    List<Path> addDirs = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "JSON", description = "Agents given as JSON, as Claude Code's --agents.")
    String agentsJson;

    @Option(names = "--setting-sources", paramLabel = "LIST", split = ",",
            description = "Which settings to read, as Claude Code's --setting-sources (user, project, local).")
    Set<String> settingSources;

    @Option(names = "--no-user", description = "Leave out the user's agents (~/.claude/agents).")
    boolean noUser;

    @Option(names = "--home", paramLabel = "DIR", description = "The home directory Claude Code would run with (default: $HOME).")
    Path home;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Claude Code's configuration folder (default: $CLAUDE_CONFIG_DIR, else HOME/.claude).")
    Path configDir;

    @Option(names = "--managed-dir", paramLabel = "DIR",
            description = "The managed settings folder (default: /etc/claude-code on Linux); its .claude/agents wins over everything.")
    Path managedDir;


    @Override
    public Integer call() {
        Path cwd = dir == null ? Path.of("") : dir;
        if (!Files.isDirectory(cwd)) {
            throw new UserError(cwd + " is not a directory");
        }
        Invocation inv = invocation(cwd, home, configDir, !noUser, pluginDirs, addDirs, agentsJson, settingSources, managedDir);
        AgentRoster.Result result;
        try {
            result = AgentRoster.of(inv, new AgentLoader(new AgentParser(input.vocabulary())), Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof java.io.IOException json) {
                throw new UserError(JsonErrors.describe(Path.of("--agents"), json), e);
            }
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(format == Format.json ? json(inv, result) : SafeText.block(text(result)));
        for (ProjectFinding f : result.findings()) {
            err.println(SafeText.lineStart(f.file() + ":" + f.location().lineColumn() + ": " + f.message()));
        }
        return result.findings().isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }

    /** Claude Code's start-up as agent discovery sees it, with the environment's defaults for what is not given. */
    static Invocation invocation(Path cwd, Path home, Path configDir, boolean readUser, List<Path> pluginDirs,
                                 List<Path> addDirs, String agentsJson, Set<String> sources, Path managedDir) {
        Path h = home != null ? home : Invocation.defaultHome();
        Path c = configDir != null ? configDir : Invocation.defaultConfigDir(h);
        return new Invocation(cwd, h, c, readUser, pluginDirs, addDirs, agentsJson,
                sources == null ? null : new LinkedHashSet<>(sources),
                managedDir != null ? managedDir : Invocation.defaultManagedDir());
    }

    private static String text(AgentRoster.Result r) {
        StringBuilder s = new StringBuilder();
        if (r.agents().isEmpty()) {
            s.append("No custom agents.\n");
        }
        for (AgentRoster.Listed a : r.agents()) {
            s.append(SafeText.inline(a.agentType())).append("  (").append(a.scope().label()).append(") ")
                    .append(SafeText.inline(shown(a.file()))).append('\n')
                    .append("  description: ").append(SafeText.inline(oneLine(a.description()))).append('\n')
                    .append("  model: ").append(SafeText.inline(a.model()))
                    .append("   tools: ").append(SafeText.inline(a.tools())).append('\n');
        }
        if (!r.builtInsReplaced().isEmpty()) {
            s.append("\nBuilt-in agents replaced: ").append(String.join(", ", r.builtInsReplaced())).append('\n');
        }
        if (!r.setAside().isEmpty()) {
            s.append("\nNot listed:\n");
            for (AgentRoster.SetAside x : r.setAside()) {
                s.append("  ").append(SafeText.inline(shown(x.file()))).append(" (").append(x.scope().label()).append(")");
                if (x.agentType() != null) {
                    s.append(" `").append(SafeText.inline(x.agentType())).append('`');
                }
                s.append(": ").append(SafeText.inline(x.reason())).append('\n');
            }
        }
        return s.toString();
    }

    private static String json(Invocation inv, AgentRoster.Result r) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = SafeText.JSON.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("workingDirectory", inv.cwd().toString());
            g.writeArrayFieldStart("agents");
            for (AgentRoster.Listed a : r.agents()) {
                g.writeStartObject();
                g.writeStringField("agentType", a.agentType());
                g.writeStringField("scope", a.scope().label());
                g.writeStringField("file", a.file() == null ? null : shown(a.file()));
                g.writeStringField("description", a.description());
                g.writeStringField("model", a.model());
                g.writeStringField("tools", a.tools());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("builtInsReplaced");
            for (String b : r.builtInsReplaced()) {
                g.writeString(b);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notListed");
            for (AgentRoster.SetAside x : r.setAside()) {
                g.writeStartObject();
                g.writeStringField("file", shown(x.file()));
                g.writeStringField("scope", x.scope().label());
                g.writeStringField("agentType", x.agentType());
                g.writeStringField("reason", x.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static String shown(Path file) {
        return file == null ? "--agents" : dev.agentctl.parse.FileDiscovery.display(file, Path.of("").toAbsolutePath());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
