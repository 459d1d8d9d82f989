package dev.agentctl.report;

/** The formats {@code validate} can write; names as the user types them. */
public enum OutputFormat {
    text, json, github, sarif;

    public Reporter reporter(boolean color) {
        return switch (this) {
            case text -> new TextReporter(color);
            case json -> new JsonReporter();
            case github -> new GithubReporter();
            case sarif -> new SarifReporter(java.nio.file.Path.of(""));
        };
    }
}
