package dev.agentctl.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentctl.SharedData;
import dev.agentctl.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discovery cases observed on Claude Code 2.1.332 ({@code ../shared/spec/scopes/}): {@code agentctl agents},
 * run in each case's working directory with its home, environment and flags, lists exactly the custom agents Claude
 * Code listed, with the same names, descriptions, tools and source files.
 */
class ScopeScenariosTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLUGIN_CLASH = Pattern.compile("Duplicate agent name '([^']+)' \\(plugin\\): (.*) \u2014");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> agentsListsWhatClaudeCodeListed() throws IOException {
        Path scopes = SharedData.require("spec/scopes");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(scopes)) {
            for (Path dir : cases.filter(d -> Files.isRegularFile(d.resolve("scenario.json"))).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
            }
        }
        return tests.stream();
    }

    private void check(Path scenario) throws Exception {
        JsonNode s = JSON.readTree(scenario.resolve("scenario.json").toFile());
        JsonNode expected = JSON.readTree(scenario.resolve("expected.json").toFile());
        Path root = tmp.resolve(scenario.getFileName().toString()).resolve("r");
        copyTree(scenario, root);
        String rootText = root.toString();
        for (JsonNode t : s.path("templates")) {
            Path f = root.resolve(t.asText());
            Files.writeString(f, Files.readString(f).replace("{root}", rootText));
        }
        for (JsonNode g : s.path("gitInit")) {
            sh(root, "git init -q " + g.asText());
        }
        for (JsonNode c : s.path("setup")) {
            sh(root, c.asText());
        }
        Path home = s.path("home").isTextual() ? root.resolve(s.path("home").asText())
                : Files.createDirectories(root.getParent().resolve("empty-home"));
        List<String> args = new ArrayList<>(List.of("agents", "--format", "json", "--home", home.toString()));
        args.addAll(List.of("--managed-dir", s.path("managed").isTextual() ? root.resolve(s.path("managed").asText()).toString()
                : root.getParent().resolve("no-managed").toString()));
        String configDir = s.path("env").path("CLAUDE_CONFIG_DIR").asText(null);
        if (configDir != null) {
            args.addAll(List.of("--config-dir", configDir.replace("{root}", rootText)));
        }
        s.path("args").forEach(a -> args.add(a.asText().replace("{root}", rootText)));
        args.add(root.resolve(s.path("cwd").asText()).toString());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertTrue(exit != 2, () -> "agentctl failed: " + err);
        JsonNode listed = JSON.readTree(out.toString());

        Set<String> unpredictable = new TreeSet<>();
        for (JsonNode line : expected.path("duplicateLog")) {
            Matcher m = PLUGIN_CLASH.matcher(line.asText());
            if (m.find() && Stream.of(m.group(2).split(", ")).map(f -> f.replaceAll("/agents/.*", "")).distinct().count() == 1) {
                unpredictable.add(m.group(1)); // one plugin, several files: the winner depends on directory order
            }
        }
        Set<String> want = new TreeSet<>();
        for (JsonNode a : expected.path("custom")) {
            want.add(describe(a.path("name").asText(), a.path("description").asText(), a.path("toolsListing").asText(),
                    a.path("from").asText().replace(" (created by setup)", ""), unpredictable));
        }
        Set<String> got = new TreeSet<>();
        for (JsonNode a : listed.path("agents")) {
            String file = a.path("file").isNull() ? "--agents"
                    : root.relativize(Path.of(a.path("file").asText()).toAbsolutePath()).toString();
            got.add(describe(a.path("agentType").asText(), a.path("description").asText(), a.path("tools").asText(), file,
                    unpredictable));
        }
        assertEquals(String.join("\n", want), String.join("\n", got), "agents listed in " + scenario.getFileName() + "\n" + out);
        List<String> builtIns = new ArrayList<>();
        expected.path("builtinsReplaced").forEach(b -> builtIns.add(b.asText()));
        List<String> gotBuiltIns = new ArrayList<>();
        listed.path("builtInsReplaced").forEach(b -> gotBuiltIns.add(b.asText()));
        assertEquals(new TreeSet<>(builtIns), new TreeSet<>(gotBuiltIns), "built-in agents replaced");
    }

    private static String describe(String name, String description, String tools, String from, Set<String> unpredictable) {
        return unpredictable.contains(name) ? name + " (one of the plugin's files)" : name + " | " + description + " | " + tools + " | " + from;
    }

    private static void sh(Path dir, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        assumeTrue(code == 0, () -> "setup failed (is git installed?): " + command + "\n" + new String(output));
    }

    private static final Pattern LINK_TEXT = Pattern.compile("[A-Za-z0-9_./-]+");

    /**
     * A symbolic link of the case stored as a small file holding the link's target (a checkout or copy made without
     * symbolic links): one line, a relative path, no newline; an agent file always starts with {@code ---}.
     */
    private static Path storedLink(Path p) throws IOException {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > 300) {
            return null;
        }
        String text = Files.readString(p);
        return LINK_TEXT.matcher(text).matches() ? Path.of(text) : null;
    }

    /** A copy that keeps symbolic links as links (the cases' links are relative) and makes every file writable. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Path link = Files.isSymbolicLink(p) ? Files.readSymbolicLink(p) : storedLink(p);
                if (link != null) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, link);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                    target.toFile().setWritable(true);
                }
            }
        }
    }
}
