package dev.agentctl.lsp;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;

final class Hovers {
    private Hovers() {
    }

    static Hover at(Engine engine, Workspace workspace, OpenDocument doc, Position position) {
        return null;
    }
}
