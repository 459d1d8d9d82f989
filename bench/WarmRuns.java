import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * Runs one agentctl command again and again in one JVM and prints each run's time in ms, the first apart: the gap
 * between the first run and the later ones is what a fresh process pays for code running for the first time.
 *
 * <pre>
 * javac -cp target/agentctl.jar -d target/bench bench/WarmRuns.java
 * bin/agentctl --version   # builds the jar and its class-data archive
 * java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xms16m -XX:-UsePerfData \
 *     -XX:SharedArchiveFile=target/agentctl.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
 *     -cp target/agentctl.jar:target/bench WarmRuns 15 validate agents/
 * </pre>
 */
public final class WarmRuns {
    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            dev.agentctl.cli.Main.run(command, discard, discard);
            times.append(Math.round((System.nanoTime() - start) / 1e5) / 10.0).append(i == 0 ? " | " : " ");
        }
        System.out.println(times.toString().strip());
    }
}
