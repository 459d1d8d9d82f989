package dev.agentctl.lsp;

import dev.agentctl.schema.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Completion in the frontmatter: keys at the start of a line, and after a key the values it takes: tool names
 * (Claude Code's and the user's known tools) in {@code tools} and {@code disallowedTools}, model aliases, colours,
 * permission modes, effort levels, memory scopes, isolation and background values.
 */
final class Completions {

    private static final Set<String> TOOL_KEYS = Set.of("tools", "disallowedTools");

    private Completions() {
    }

    static List<CompletionItem> at(Vocabulary vocabulary, FieldDocs docs, String text, Position position) {
        FrontmatterLines lines = new FrontmatterLines(text);
        int line = position.getLine();
        if (!lines.inside(line)) {
            return List.of();
        }
        String whole = lines.line(line);
        String before = whole.substring(0, Math.min(whole.length(), Math.max(0, position.getCharacter())));
        if (before.stripLeading().startsWith("#")) {
            return List.of();
        }
        boolean indented = !before.isEmpty() && Character.isWhitespace(before.charAt(0));
        if (!indented && before.indexOf(':') < 0) {
            return keys(docs, lines.keys());
        }
        String key = lines.keyAt(line);
        if (key == null) {
            return List.of();
        }
        String value = indented ? before : before.substring(before.indexOf(':') + 1);
        if (TOOL_KEYS.contains(key)) {
            return tools(vocabulary, key, value);
        }
        if (indented) {
            return List.of();
        }
        return values(vocabulary, key, value);
    }

    private static List<CompletionItem> keys(FieldDocs docs, List<String> present) {
        List<CompletionItem> out = new ArrayList<>();
        for (FieldDocs.Field f : docs.all()) {
            if (present.contains(f.key())) {
                continue;
            }
            CompletionItem item = new CompletionItem(f.key());
            item.setKind(CompletionItemKind.Property);
            item.setInsertText(f.key() + ": ");
            item.setDetail("frontmatter key");
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, f.description()));
            out.add(item);
        }
        return out;
    }

    /** Tool names not yet in the list; what {@code disallowedTools} may name is wider (MCP wildcards). */
    private static List<CompletionItem> tools(Vocabulary vocabulary, String key, String valueBefore) {
        Set<String> written = new LinkedHashSet<>();
        for (String part : valueBefore.split("[,\\s\\[\\]\"'-]+")) {
            if (!part.isEmpty()) {
                written.add(part);
            }
        }
        Set<String> builtIn = Vocabulary.builtIn().tools();
        boolean allowList = key.equals("tools");
        List<CompletionItem> out = new ArrayList<>();
        for (String tool : vocabulary.tools()) {
            if (written.contains(tool) || allowList && vocabulary.neverGrantedToSubagents().contains(tool)) {
                continue;
            }
            CompletionItem item = new CompletionItem(tool);
            item.setKind(CompletionItemKind.Function);
            item.setDetail(builtIn.contains(tool) ? "Claude Code tool" : "known tool (your configuration)");
            out.add(item);
        }
        if (!allowList && !written.contains("mcp__*")) {
            CompletionItem all = new CompletionItem("mcp__*");
            all.setKind(CompletionItemKind.Function);
            all.setDetail("every MCP tool");
            out.add(all);
        }
        return out;
    }

    private static List<CompletionItem> values(Vocabulary v, String key, String valueBefore) {
        List<String> values = switch (key) {
            case "model" -> concat(List.of("inherit"), v.modelAliases());
            case "color" -> List.copyOf(v.colors());
            case "permissionMode" -> List.copyOf(v.permissionModes());
            case "effort" -> List.copyOf(v.effortLevels());
            case "memory" -> List.copyOf(v.memoryScopes());
            case "isolation" -> List.copyOf(v.isolationValues());
            case "background" -> List.of("true", "false");
            default -> List.of();
        };
        if (!valueBefore.isBlank() && valueBefore.strip().contains(" ")) {
            return List.of(); // a second word: no value of these keys has one
        }
        List<CompletionItem> out = new ArrayList<>();
        for (String value : values) {
            CompletionItem item = new CompletionItem(value);
            item.setKind(key.equals("color") ? CompletionItemKind.Color : CompletionItemKind.EnumMember);
            item.setDetail(key);
            if (key.equals("model")) {
                item.setDocumentation(Hovers.modelText(v, value));
            }
            if (valueBefore.isEmpty()) {
                item.setInsertText(" " + value);
            }
            out.add(item);
        }
        return out;
    }

    private static List<String> concat(List<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
