import dev.agentctl.project.ProjectModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of honouring git's ignore rules in the search of a repository for agent locations: runs the project
 * model's search on one tree with and without the rules, alternately, after a warm-up, and prints the median and
 * the minimum of each. bench/ignore-bench.sh builds the tree and runs this against target/agentctl.jar.
 */
public final class IgnoreBench {
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long[] with = new long[rounds];
        long[] without = new long[rounds];
        int files = 0;
        for (int i = 0; i < 5; i++) {
            run(root, true);
            run(root, false);
        }
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            files = run(root, true);
            long t1 = System.nanoTime();
            int all = run(root, false);
            long t2 = System.nanoTime();
            with[i] = t1 - t0;
            without[i] = t2 - t1;
            if (i == 0) {
                System.out.printf("agent files found: %d with the ignore rules, %d with --no-ignore%n", files, all);
            }
        }
        print("ignore rules (default)", with);
        print("--no-ignore", without);
    }

    private static int run(Path root, boolean ignore) {
        return ProjectModel.of(List.of(root), Path.of(""), new ProjectModel.Options(null, ignore, p -> false)).files().size();
    }

    private static void print(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("%-24s median %6.1f ms   min %6.1f ms%n", what, s[s.length / 2] / 1e6, s[0] / 1e6);
    }
}
