package dev.agentctl.config;

import dev.agentctl.diag.Severity;
import dev.agentctl.rules.RuleMeta;
import dev.agentctl.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Finds and reads {@code .agentctl.yaml}. The YAML is loaded with snakeyaml-engine's standard constructors only
 * (maps, lists, scalars: no tag creates an object), duplicate keys rejected, and every key and value checked, so
 * a typo is an error that names the key rather than a setting silently ignored.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = ".agentctl.yaml";
    private static final List<String> KEYS = List.of("rules", "known-tools", "include", "exclude");
    private static final List<String> LEVELS = List.of("off", "error", "warning", "info");

    private ConfigLoader() {
    }

    /** The nearest {@code .agentctl.yaml} in this directory or one of its ancestors. */
    public static Optional<Path> find(Path workingDir) {
        for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Config load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(file, text);
    }

    static Config parse(Path file, String text) {
        Object data;
        try {
            data = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setLabel(file.toString()).build())
                    .loadFromString(text);
        } catch (YamlEngineException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().strip().lines().findFirst().orElse(""), e);
        }
        if (data == null) {
            return new Config(file, Map.of(), List.of(), List.of(), List.of());
        }
        if (!(data instanceof Map<?, ?> top)) {
            throw new ConfigException(file + ": expected a mapping with the keys " + String.join(", ", KEYS));
        }
        for (Object key : top.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new ConfigException(file + ": unknown key `" + key + "` (known keys: " + String.join(", ", KEYS) + ")");
            }
        }
        return new Config(file, severities(file, top.get("rules")), strings(file, "known-tools", top.get("known-tools")),
                globs(file, "include", top.get("include")), globs(file, "exclude", top.get("exclude")));
    }

    private static Map<String, Severity> severities(Path file, Object rules) {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (rules == null) {
            return out;
        }
        if (!(rules instanceof Map<?, ?> map)) {
            throw new ConfigException(file + ": `rules` must map rule ids or names to " + String.join(", ", LEVELS));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String rule = String.valueOf(e.getKey());
            RuleMeta meta = RuleRegistry.find(rule)
                    .orElseThrow(() -> new ConfigException(file + ": `rules." + rule + "`: no such rule (see `agentctl rules`)"));
            String level = e.getValue() instanceof String s ? s.toLowerCase(Locale.ROOT) : String.valueOf(e.getValue());
            if (!LEVELS.contains(level)) {
                throw new ConfigException(file + ": `rules." + rule + "`: expected one of " + String.join(", ", LEVELS)
                        + ", not `" + e.getValue() + "`");
            }
            out.put(meta.id(), level.equals("off") ? null : Severity.valueOf(level.toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private static List<String> globs(Path file, String key, Object value) {
        List<String> globs = strings(file, key, value);
        for (String glob : globs) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw new ConfigException(file + ": `" + key + "`: `" + glob + "` is not a valid glob: " + e.getDescription(), e);
            }
        }
        return globs;
    }

    private static List<String> strings(Path file, String key, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ConfigException(file + ": `" + key + "` must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw new ConfigException(file + ": `" + key + "` must be a list of strings, not `" + item + "`");
            }
            out.add(s);
        }
        return out;
    }
}
