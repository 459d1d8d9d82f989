package dev.agentctl.fix;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Fix;
import dev.agentctl.diag.Fixes;
import dev.agentctl.diag.TextEdit;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.SourceFile;
import dev.agentctl.rules.Linter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the safe fixes to one document in rounds: lint, apply every fix that does not overlap another, parse the
 * result again, until nothing fixable is left. Fixes can overlap (a renamed tool that is also repeated) or uncover
 * one another, hence the rounds. A result that would change anything Claude Code loads is refused, whichever rule
 * produced it. Stateless and thread-safe.
 */
public final class Fixer {

    /** More rounds than any combination of today's fixes needs; a bound so a fix that undoes another cannot loop. */
    static final int MAX_ROUNDS = 8;

    private final Linter linter;
    private final AgentParser parser;

    public Fixer(Linter linter, AgentParser parser) {
        this.linter = linter;
        this.parser = parser;
    }

    public FileFix fix(AgentDocument original) {
        AgentDocument doc = original;
        List<List<TextEdit>> rounds = new ArrayList<>();
        List<Diagnostic> applied = new ArrayList<>();
        List<Diagnostic> findings = linter.check(doc);
        while (rounds.size() < MAX_ROUNDS) {
            Map<Fix, Diagnostic> byFix = new IdentityHashMap<>();
            List<Fix> fixes = new ArrayList<>();
            findings.stream().filter(Diagnostic::fixable).sorted(Diagnostic.ORDER).forEach(d -> {
                byFix.put(d.fix(), d);
                fixes.add(d.fix());
            });
            if (fixes.isEmpty()) {
                break;
            }
            Fixes.Applied result = Fixes.applyAll(doc.source().text(), fixes);
            rounds.add(result.edits());
            result.taken().forEach(f -> applied.add(byFix.get(f)));
            doc = reparse(doc, result.text());
            findings = linter.check(doc);
        }
        if (rounds.isEmpty()) {
            return new FileFix(original, original, rounds, applied, null);
        }
        return new FileFix(original, doc, rounds, applied, refusal(original, doc));
    }

    private AgentDocument reparse(AgentDocument doc, String text) {
        SourceFile source = doc.source();
        SourceFile fixed = SourceFile.of(source.path(), source.displayPath(), (source.hasBom() ? "\uFEFF" : "") + text);
        long size = (source.hasBom() ? 3 : 0) + text.getBytes(StandardCharsets.UTF_8).length;
        return parser.parse(fixed, size);
    }

    private String refusal(AgentDocument before, AgentDocument after) {
        if (before.source().text().indexOf('\uFFFD') >= 0) {
            // Invalid UTF-8 was read as U+FFFD; writing the text back would replace those bytes.
            return "it is not valid UTF-8 (or holds U+FFFD), and agentctl rewrites only text it can write back byte for byte";
        }
        List<String> changed = LoadedAgent.of(before, parser.vocabulary()).differences(LoadedAgent.of(after, parser.vocabulary()));
        return changed.isEmpty() ? null
                : "the fixes would change what Claude Code loads (" + String.join(", ", changed) + ")";
    }
}
