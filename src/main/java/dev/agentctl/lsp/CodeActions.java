package dev.agentctl.lsp;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Fixes;
import dev.agentctl.diag.TextEdit;
import dev.agentctl.fix.FileFix;
import dev.agentctl.fix.LoadedAgent;
import dev.agentctl.parse.AgentDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes and "fix all": the core's safe fixes as workspace edits, computed from the document's current text,
 * so that they never apply to a version they were not made for.
 */
final class CodeActions {

    /** "Fix all" for agentctl alone; a client asking for {@code source.fixAll} on save gets it too. */
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".agentctl";

    /**
     * Each quick fix is checked by parsing its result; a selection over a file with thousands of findings must not
     * cost thousands of parses, and no menu shows more than this anyway.
     */
    static final int MAX_QUICK_FIXES = 20;

    private CodeActions() {
    }

    static List<Either<Command, CodeAction>> of(Engine engine, ParsedDocuments.Parsed checked, OpenDocument doc,
                                                CodeActionParams params, RuleDocLinks docs, boolean disabledSupport) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        AgentDocument parsed = checked.document();
        TextPositions positions = new TextPositions(doc.text());
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            for (Diagnostic d : checked.findings()) {
                if (out.size() == MAX_QUICK_FIXES) {
                    break;
                }
                if (d.fixable() && overlaps(positions, d, params.getRange()) && safe(engine, parsed, d)) {
                    out.add(Either.forRight(quickFix(doc, d, positions, docs)));
                }
            }
        }
        boolean quick = wants(only, CodeActionKind.QuickFix)
                && checked.findings().stream().filter(Diagnostic::fixable).count() > 1;
        if (quick || wants(only, FIX_ALL)) {
            CodeAction all = fixAll(engine, doc, parsed, positions, disabledSupport);
            if (all != null && quick && all.getDisabled() == null) {
                // Also among the quick fixes, as editors show those at a problem and source actions elsewhere.
                CodeAction copy = new CodeAction(all.getTitle());
                copy.setKind(CodeActionKind.QuickFix);
                copy.setEdit(all.getEdit());
                out.add(Either.forRight(copy));
            }
            if (all != null && wants(only, FIX_ALL)) {
                out.add(Either.forRight(all));
            }
        }
        return out;
    }

    /** Whether a kind is among those asked for; LSP kinds are hierarchical, so {@code source} asks for fix-all too. */
    private static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String asked : only) {
            if (kind.equals(asked) || kind.startsWith(asked + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(TextPositions positions, Diagnostic d, Range range) {
        if (range == null) {
            return true;
        }
        int start = positions.offset(range.getStart());
        int end = positions.offset(range.getEnd());
        return d.location().startOffset() <= end && start <= d.location().endOffset();
    }

    /** What {@code agentctl fix} checks of its result, for this one fix: Claude Code must load the same agent. */
    private static boolean safe(Engine engine, AgentDocument before, Diagnostic d) {
        String text = before.source().text();
        if (text.indexOf('\uFFFD') >= 0) {
            return false;
        }
        String fixed = Fixes.apply(text, List.of(d.fix()));
        AgentDocument after = engine.parse(before.source().path(), before.displayPath(),
                (before.source().hasBom() ? "\uFEFF" : "") + fixed);
        var vocabulary = engine.vocabulary();
        return LoadedAgent.of(before, vocabulary).differences(LoadedAgent.of(after, vocabulary)).isEmpty();
    }

    private static CodeAction quickFix(OpenDocument doc, Diagnostic d, TextPositions positions, RuleDocLinks docs) {
        List<org.eclipse.lsp4j.TextEdit> edits = new ArrayList<>();
        for (TextEdit e : d.fix().edits()) {
            edits.add(new org.eclipse.lsp4j.TextEdit(positions.range(e.start(), e.end()), e.replacement()));
        }
        CodeAction action = new CodeAction(d.fix().description() + " (" + d.ruleId() + " " + d.ruleName() + ")");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(Protocol.diagnostic(d, positions, docs)));
        action.setIsPreferred(true);
        action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), edits)));
        return action;
    }

    /**
     * Exactly what {@code agentctl fix} would write: the edits of its one round, or, when fixes took several rounds,
     * one edit replacing the span between the first and the last change.
     */
    private static CodeAction fixAll(Engine engine, OpenDocument doc, AgentDocument parsed, TextPositions positions,
                                     boolean disabledSupport) {
        FileFix result = engine.fixer().fix(parsed);
        if (!result.changed()) {
            return null;
        }
        CodeAction action = new CodeAction("Fix all agentctl problems in this file");
        action.setKind(FIX_ALL);
        if (result.refused()) {
            if (!disabledSupport) {
                return null;
            }
            action.setDisabled(new org.eclipse.lsp4j.CodeActionDisabled("not safe: " + result.refusal()));
            return action;
        }
        List<org.eclipse.lsp4j.TextEdit> edits = new ArrayList<>();
        if (result.rounds().size() == 1) {
            for (TextEdit e : result.rounds().get(0)) {
                edits.add(new org.eclipse.lsp4j.TextEdit(positions.range(e.start(), e.end()), e.replacement()));
            }
        } else {
            String before = result.before().source().text();
            String after = result.after().source().text();
            int prefix = 0;
            while (prefix < before.length() && prefix < after.length() && before.charAt(prefix) == after.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < before.length() - prefix && suffix < after.length() - prefix
                    && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
                suffix++;
            }
            edits.add(new org.eclipse.lsp4j.TextEdit(positions.range(prefix, before.length() - suffix),
                    after.substring(prefix, after.length() - suffix)));
        }
        action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), edits)));
        return action;
    }
}
