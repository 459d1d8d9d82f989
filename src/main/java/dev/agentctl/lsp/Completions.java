package dev.agentctl.lsp;

import dev.agentctl.schema.Vocabulary;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;

final class Completions {
    private Completions() {
    }

    static List<CompletionItem> at(Vocabulary vocabulary, String text, Position position) {
        return List.of();
    }
}
