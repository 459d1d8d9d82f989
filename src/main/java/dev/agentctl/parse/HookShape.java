package dev.agentctl.parse;

import dev.agentctl.schema.Vocabulary;

/**
 * The shape Claude Code's settings schema demands of one hook event: a list of matchers, each a map with a
 * {@code hooks} list of maps whose {@code type} is known and whose command, prompt or URL is a string.
 */
final class HookShape {

    private HookShape() {
    }

    /** What is wrong with an event's value, or null when Claude Code accepts it. */
    static String problem(YamlNode value, Vocabulary vocabulary) {
        if (!(value instanceof YamlNode.Sequence matchers)) {
            return "must be a list of matchers";
        }
        for (YamlNode matcher : matchers.items()) {
            if (!(matcher instanceof YamlNode.Mapping m)) {
                return "must be a list of maps with a `hooks` list";
            }
            YamlNode.Entry matcherKey = m.get("matcher");
            if (matcherKey != null && !(matcherKey.value().plain() instanceof String)) {
                return "has a `matcher` that is not a string";
            }
            YamlNode.Entry hooks = m.get("hooks");
            if (hooks == null || !(hooks.value() instanceof YamlNode.Sequence list)) {
                return "has a matcher without a `hooks` list";
            }
            for (YamlNode hook : list.items()) {
                String problem = hookProblem(hook, vocabulary);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String hookProblem(YamlNode hook, Vocabulary vocabulary) {
        if (!(hook instanceof YamlNode.Mapping h)) {
            return "has a hook that is not a map";
        }
        YamlNode.Entry type = h.get("type");
        if (type == null || !(type.value().plain() instanceof String t) || !vocabulary.hookTypes().contains(t)) {
            return "has a hook without a known `type` (" + String.join(", ", vocabulary.hookTypes()) + ")";
        }
        String required = switch (t) {
            case "command" -> "command";
            case "http" -> "url";
            default -> "prompt";
        };
        YamlNode.Entry field = h.get(required);
        if (field == null || !(field.value().plain() instanceof String)) {
            return "has a `" + t + "` hook without a `" + required + "` string";
        }
        return null;
    }
}
