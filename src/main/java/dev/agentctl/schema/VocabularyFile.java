package dev.agentctl.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A user's vocabulary file, checked key by key and laid over the built-in vocabulary: lists add to the built-in ones
 * (so a file can name just its MCP tools), maps add or replace entries, single values replace. A key agentctl does not
 * know, or a value of the wrong type, is refused with the key named, since a typo would otherwise silently change
 * nothing or, worse, empty a list every rule relies on.
 */
public final class VocabularyFile {

    /** What a vocabulary key holds. {@code NOTES} are documentation that agentctl keeps but never reads. */
    enum Kind {
        TEXT("a string"),
        NAMES("a list of strings"),
        NAME_MAP("an object whose values are strings or null"),
        NUMBER("an integer"),
        NOTES("any JSON value"),
        OBJECT("an object");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private static final Map<String, Kind> KEYS = keys();

    private VocabularyFile() {
    }

    /** The keys a vocabulary file may hold. */
    public static java.util.Set<String> knownKeys() {
        return KEYS.keySet();
    }

    private static Map<String, Kind> keys() {
        Map<String, Kind> k = new LinkedHashMap<>();
        k.put("version", Kind.TEXT);
        for (String names : List.of("builtinToolNames", "internalOrGatedToolNames", "notToolsAnymore",
                "neverGrantedToSubagents", "backgroundSubagentAllowedTools", "tools_2_1_112", "modelAliases",
                "modelFamilies", "agentToolModelEnum", "legacyModelIdsRemappedToCurrentOpus", "modelAliases_2_1_112",
                "nameErrors", "colors", "permissionModes", "effortLevels", "memoryScopes", "isolationValues",
                "isolationValuesPluginAgents", "cacheTtlValues", "recognizedKeys", "extraKeysPluginAgents", "hookEvents",
                "permissionGuardHookEvents", "hookTypes", "memoryTools")) {
            k.put(names, Kind.NAMES);
        }
        for (String map : List.of("legacyToolAliases", "legacyToolAliasesInternalOnly", "toolAliases_2_1_112",
                "permissionModeAliases", "effortAliases", "didYouMeanTable", "didYouMeanExamplesLive",
                "removedToolReplacements")) {
            k.put(map, Kind.NAME_MAP);
        }
        for (String number : List.of("autoCompactWindowMin", "unknownKeyMessageMaxKeys", "fileSizeLimitBytes")) {
            k.put(number, Kind.NUMBER);
        }
        for (String notes : List.of("versionNote", "neverGrantedNote", "toolEntrySyntax", "modelAliasesRule", "nameRules", "effortRules",
                "backgroundValues", "didYouMeanNormalize", "didYouMeanFallback", "unknownKeyMessage", "fileSkipMessage")) {
            k.put(notes, Kind.NOTES);
        }
        k.put("agentDescriptionTokenWarning", Kind.OBJECT);
        return java.util.Collections.unmodifiableMap(k);
    }

    /** Reads a vocabulary file and lays it over {@code base}; the message of a refusal names the key. */
    static Map<String, Object> overlay(Map<String, Object> base, InputStream in) throws VocabularyException, IOException {
        // Malformed JSON stays an IOException: the command line names its line, column and cause like any JSON file.
        Object data = JsonData.read(in);
        if (data == null) {
            throw new VocabularyException("is empty; write a JSON object of the vocabulary keys to change");
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new VocabularyException("must be a JSON object of vocabulary keys, like the built-in vocabulary, not "
                    + describe(data));
        }
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Kind kind = KEYS.get(key);
            if (kind == null) {
                throw new VocabularyException("unknown key `" + key + "`", key);
            }
            Object value = e.getValue();
            if (!fits(kind, value)) {
                String part = wrongPart(value);
                throw new VocabularyException("`" + key + "` must be " + kind.description
                        + (part.isEmpty() ? ", not " + describe(value) : "; " + part));
            }
            out.put(key, merge(kind, base.get(key), value));
        }
        return out;
    }

    private static boolean fits(Kind kind, Object value) {
        return switch (kind) {
            case TEXT -> value instanceof String;
            case NAMES -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case NAME_MAP -> value instanceof Map<?, ?> map && map.values().stream().allMatch(v -> v == null || v instanceof String);
            case NUMBER -> value instanceof Long;
            case NOTES -> true;
            case OBJECT -> value instanceof Map<?, ?> map && (map.get("threshold") == null || map.get("threshold") instanceof Long);
        };
    }

    private static Object merge(Kind kind, Object base, Object value) {
        if (kind == Kind.NAMES && base instanceof List<?> old) {
            LinkedHashSet<Object> all = new LinkedHashSet<>(old);
            all.addAll((List<?>) value);
            return new ArrayList<>(all);
        }
        if ((kind == Kind.NAME_MAP || kind == Kind.OBJECT) && base instanceof Map<?, ?> old) {
            Map<Object, Object> all = new LinkedHashMap<>(old);
            all.putAll((Map<?, ?>) value);
            return all;
        }
        return value;
    }

    /** Which item of a list or map is wrong, when the container itself is the right kind. */
    private static String wrongPart(Object value) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String)) {
                    return "item " + (i + 1) + " is " + describe(list.get(i));
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() != null && !(e.getValue() instanceof String)) {
                    return "`" + e.getKey() + "` is " + describe(e.getValue());
                }
            }
        }
        return "";
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return value instanceof List ? "a list" : "an object";
    }
}
