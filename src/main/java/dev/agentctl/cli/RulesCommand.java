package dev.agentctl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "rules", description = "List rules.")
public final class RulesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
