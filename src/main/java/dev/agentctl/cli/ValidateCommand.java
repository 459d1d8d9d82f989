package dev.agentctl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "validate", description = "Check agent files.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
