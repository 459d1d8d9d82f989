package dev.agentctl.lsp;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where each rule's page ({@code docs/rules/AGnnn.md}) is: under a base the client names in its initialization
 * options ({@code ruleDocsBaseUrl}), else in the checkout agentctl runs from (the jar sits in its {@code target/}).
 */
final class RuleDocLinks {

    static final RuleDocLinks NONE = new RuleDocLinks(null);

    private final String base;

    RuleDocLinks(String base) {
        this.base = base == null || base.isEmpty() || base.endsWith("/") ? base : base + "/";
    }

    String href(String ruleId) {
        return base == null ? null : base + ruleId + ".md";
    }

    /** The docs beside the running code, found from its location: target/agentctl.jar or target/classes. */
    static RuleDocLinks beside(Class<?> anchor) {
        try {
            var source = anchor.getProtectionDomain().getCodeSource();
            if (source == null) {
                return NONE;
            }
            Path code = Path.of(source.getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                Path docs = dir.resolve("docs").resolve("rules");
                if (Files.isRegularFile(docs.resolve("README.md"))) {
                    return new RuleDocLinks(docs.toUri().toString());
                }
                if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                    break;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No link is a smaller loss than no server.
        }
        return NONE;
    }
}
