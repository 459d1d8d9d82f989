package dev.agentctl.cli;

import java.io.PrintWriter;
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
        subcommands = {ValidateCommand.class, InspectCommand.class, MergeCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true)
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an internal error (for bug reports).")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: validate, inspect, merge or rules.");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, true)));
    }

    /** Runs agentctl with the given streams and returns its exit code; used by {@link #main} and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to handleFailure; without this the JVM would print its own stack trace.
            reportInternalError(err, e, java.util.Arrays.asList(args).contains("--debug"));
            return ExitCode.TROUBLE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handleFailure);
        cli.setParameterExceptionHandler(Main::handleUsageError);
        return cli;
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
