package dev.agentctl.lsp;

import dev.agentctl.config.Config;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Severity;
import dev.agentctl.fix.Fixer;
import dev.agentctl.model.Origin;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.rules.Linter;
import dev.agentctl.rules.RuleMeta;
import dev.agentctl.rules.RuleRegistry;
import dev.agentctl.schema.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The core as one configuration sees it: vocabulary (with the known tools), parser, linter and fixer, built once
 * per {@code .agentctl.yaml} and replaced as a whole when it changes. Immutable apart from a cache of one-rule
 * linters, which exist only to save what the other rules found when one of them throws.
 */
final class Engine {

    private final Config config;
    private final Vocabulary vocabulary;
    private final AgentLoader loader;
    private final Linter linter;
    private final Fixer fixer;
    private final Map<String, Severity> severities;
    private final Map<String, Linter> singleRule = new ConcurrentHashMap<>();

    Engine(Config config, Vocabulary base, List<String> extraTools) {
        this.config = config;
        List<String> tools = new ArrayList<>(config.knownTools());
        tools.addAll(extraTools);
        this.vocabulary = base.withExtraTools(tools);
        AgentParser parser = new AgentParser(vocabulary);
        this.loader = new AgentLoader(parser);
        this.severities = config.severities();
        this.linter = new Linter(vocabulary, severities);
        this.fixer = new Fixer(linter, parser);
    }

    Config config() {
        return config;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    Linter linter() {
        return linter;
    }

    Fixer fixer() {
        return fixer;
    }

    /** Parses text as {@code validate} would parse a file holding it (as UTF-8), size limit included. */
    AgentDocument parse(Path path, String displayPath, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > vocabulary.fileSizeLimit()) {
            // Claude Code skips such a file unread; so does agentctl, without parsing a megabyte on every keystroke.
            return loader.parser().tooLarge(dev.agentctl.parse.SourceFile.of(path, displayPath, ""), bytes.length);
        }
        return loader.parse(path, displayPath, bytes);
    }

    AgentDocument load(dev.agentctl.parse.AgentFile file) {
        return loader.load(file);
    }

    /**
     * The file rules' findings, for a file with this place in the project (plugin agents are lenient). A rule that throws must not cost the user the others' findings: then each rule runs
     * on its own, and the one that failed is logged.
     */
    List<Diagnostic> check(AgentDocument doc, Origin origin, Consumer<String> log) {
        try {
            return linter.check(doc, origin);
        } catch (RuntimeException | StackOverflowError e) {
            List<Diagnostic> found = new ArrayList<>();
            for (RuleMeta meta : RuleRegistry.metas()) {
                Linter one = single(meta);
                if (one == null) {
                    continue;
                }
                try {
                    found.addAll(one.check(doc, origin));
                } catch (RuntimeException | StackOverflowError ruleFailure) {
                    log.accept("rule " + meta.id() + " " + meta.name() + " failed on " + doc.displayPath() + ": "
                            + ruleFailure);
                }
            }
            found.sort(Diagnostic.ORDER);
            return found;
        }
    }

    /** A linter that runs only this rule, at its configured severity; null when the configuration turns it off. */
    private Linter single(RuleMeta meta) {
        Severity severity = severities.containsKey(meta.id()) ? severities.get(meta.id())
                : meta.enabledByDefault() ? meta.severity() : null;
        if (severity == null) {
            return null;
        }
        return singleRule.computeIfAbsent(meta.id(), id -> {
            Map<String, Severity> only = new HashMap<>();
            for (RuleMeta other : RuleRegistry.metas()) {
                only.put(other.id(), null);
            }
            only.put(id, severity);
            return new Linter(vocabulary, only);
        });
    }
}
