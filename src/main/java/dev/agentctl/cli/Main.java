package dev.agentctl.cli;

import dev.agentctl.report.SafeText;
import dev.agentctl.rules.Suggestions;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code agentctl} command: a thin layer that turns options into calls on the core. */
@Command(name = "agentctl",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validate, inspect and merge Claude Code agent definitions exactly as Claude Code loads them.",
        usageHelpAutoWidth = true)
public final class Main implements Runnable {

    /**
     * The subcommands, by name. picocli builds a command's model from its annotations, which is a good part of
     * start-up; a run that names its command builds only that one, anything else (help, a typo) builds them all.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("validate", ValidateCommand::new);
        all.put("fix", FixCommand::new);
        all.put("inspect", InspectCommand::new);
        all.put("merge", MergeCommand::new);
        all.put("agents", AgentsCommand::new);
        all.put("rules", RulesCommand::new);
        all.put("schema", SchemaCommand::new);
        all.put("completion", CompletionCommand::new);
        all.put("lsp", LspCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an internal error (for bug reports).")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: validate, fix, inspect, merge, rules, schema or completion.");
    }

    public static void main(String[] args) {
        Warmup.startFor(commandName(args));
        System.exit(run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, true)));
    }

    /** Runs agentctl with the given streams and returns its exit code; used by {@link #main} and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to handleFailure; without this the JVM would print its own stack trace
            // (a stack overflow, memory, a broken class path: ServiceConfigurationError, LinkageError).
            reportInternalError(err, e, java.util.Arrays.asList(args).contains("--debug"));
            return ExitCode.TROUBLE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String named = commandName(args);
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        SUBCOMMANDS.forEach((name, command) -> {
            if (!versionOnly && (named == null || named.equals(name))) {
                cli.addSubcommand(name, command.get());
            }
        });
        // -V/--version belongs to agentctl itself; on a subcommand it would print nothing and lint nothing.
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.OptionSpec version = sub.getCommandSpec().findOption("--version");
            if (version != null) {
                sub.getCommandSpec().remove(version);
            }
        }
        cli.setExecutionExceptionHandler(Main::handleFailure);
        cli.setParameterExceptionHandler(Main::handleUsageError);
        return cli;
    }

    /** Commands that describe the whole command tree, so every command must be built for them. */
    private static final java.util.Set<String> NEED_ALL = java.util.Set.of("help", "completion");

    /** The subcommand a command line names, or null when it names none we know (then all are built). */
    private static String commandName(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) && !NEED_ALL.contains(arg) ? arg : null;
            }
        }
        return null;
    }

    private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.isUnknownOption() && !u.getUnmatched().isEmpty()
                && e.getCommandLine().getCommandSpec().subcommands().size() > 0) {
            err.println("agentctl: unknown command '" + SafeText.inline(u.getUnmatched().get(0)) + "'");
        } else {
            err.println("agentctl: " + SafeText.inline(e.getMessage()));
        }
        String suggestion = e instanceof CommandLine.UnmatchedArgumentException u ? suggestion(u) : null;
        if (suggestion != null) {
            err.println("Did you mean: " + suggestion + "?");
        }
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.TROUBLE;
    }

    /**
     * The command or option nearest to a mistyped one, as git and ruff suggest it: within two edits (a swap of
     * neighbours counts one), ignoring case, {@code -} and {@code _}; null when nothing is that close.
     */
    static String suggestion(CommandLine.UnmatchedArgumentException e) {
        if (e.getUnmatched().isEmpty()) {
            return null;
        }
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String word = e.getUnmatched().get(0);
        Collection<String> names;
        if (e.isUnknownOption()) {
            word = word.split("=", 2)[0];
            names = spec.optionsMap().keySet();
        } else {
            names = spec.subcommands().keySet();
        }
        if (word.length() < 4) {
            return null; // -x is as near to -f as to -h: no guess is better than a wrong one
        }
        List<String> candidates = names.stream().filter(n -> n.length() >= 4).toList();
        return Suggestions.closest(word, candidates);
    }

    private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        if (e instanceof UserError) {
            err.println("agentctl: " + SafeText.inline(e.getMessage()));
            if (debug) {
                e.printStackTrace(err);
            }
        } else {
            reportInternalError(err, e, debug);
        }
        return ExitCode.TROUBLE;
    }

    private static void reportInternalError(PrintWriter err, Throwable e, boolean debug) {
        err.println("agentctl: internal error: " + SafeText.inline(String.valueOf(e))
                + (debug ? "" : " (run again with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
    }

    /** The version from the jar manifest, so it never disagrees with the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"agentctl " + (v == null ? "development build" : v)
                    + " (Claude Code " + dev.agentctl.schema.Vocabulary.builtIn().version() + " rules)"};
        }
    }
}
