package dev.agentctl;

import dev.agentctl.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One agentctl command run in process, as tests run it: its exit code and what it printed on each stream. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
