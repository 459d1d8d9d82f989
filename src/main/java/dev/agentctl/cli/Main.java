package dev.agentctl.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
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
        err.println("agentctl: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.TROUBLE;
    }

    private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        if (e instanceof UserError) {
            err.println("agentctl: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
        } else {
            reportInternalError(err, e, debug);
        }
        return ExitCode.TROUBLE;
    }

    private static void reportInternalError(PrintWriter err, Throwable e, boolean debug) {
        err.println("agentctl: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
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
