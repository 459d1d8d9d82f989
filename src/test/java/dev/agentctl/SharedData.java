package dev.agentctl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared reference data (spec cases, samples, corpus) that lives beside the checkout, when present. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared directory, or a skipped test (with the reason) when a clone has none beside it. */
    public static Path require(String sub) {
        Path root = Path.of(System.getProperty("agentctl.shared", "../shared"));
        Path dir = root.resolve(sub);
        assumeTrue(Files.isDirectory(dir), () -> "skipped: " + dir + " not found (../shared is not beside this checkout)");
        return dir;
    }
}
