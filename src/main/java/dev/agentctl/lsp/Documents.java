package dev.agentctl.lsp;

import java.net.URI;
import java.nio.file.Path;

/** Helpers for the editor's document identities. */
final class Documents {

    private Documents() {
    }

    /** The file behind a {@code file:} URI, or null for an unsaved buffer or another scheme. */
    static Path path(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

/**
 * One open document as the editor last sent it.
 *
 * @param version the editor's version, which diagnostics carry back so a client can drop stale ones
 */
record OpenDocument(String uri, Path path, String text, int version) {
}
