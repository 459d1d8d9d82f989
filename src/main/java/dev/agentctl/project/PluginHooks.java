package dev.agentctl.project;

import dev.agentctl.schema.JsonData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a plugin's hooks that decides whether Claude Code loads the plugin at all (observed on 2.1.332): a
 * {@code PreToolUse} or {@code PermissionRequest} hook that cannot be loaded may be what guards the plugin's
 * permissions, so Claude Code then rejects the whole plugin, agents included. A broken hook of any other event is
 * only skipped, and so is a hooks file that is missing or not JSON; neither is looked at here.
 */
final class PluginHooks {

    /** Events whose broken hooks make Claude Code reject the plugin. */
    private static final Set<String> GUARDING = Set.of("PreToolUse", "PermissionRequest");
    private static final Set<String> HOOK_TYPES = Set.of("command", "prompt", "agent", "http", "mcp_tool");

    /** A reason the plugin is rejected, and the file it is in. */
    record Problem(Path file, String message) {
    }

    private PluginHooks() {
    }

    /**
     * @param manifestHooks the manifest's {@code hooks} value as read by {@link JsonData}, or {@code ABSENT}
     */
    static List<Problem> check(Path root, Path manifest, Object manifestHooks) {
        List<Problem> out = new ArrayList<>();
        if (manifestHooks == ABSENT) {
            file(root.resolve("hooks/hooks.json"), out);
        } else if (manifestHooks instanceof Map<?, ?> events) {
            events(events, manifest, "hooks", out);
        } else if (manifestHooks instanceof String path) {
            file(root.resolve(path).normalize(), out);
        } else if (manifestHooks instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String path) {
                    file(root.resolve(path).normalize(), out);
                } else if (item instanceof Map<?, ?> events) {
                    events(events, manifest, "hooks", out);
                }
            }
        } else {
            out.add(new Problem(manifest, "`hooks` is neither a file, a list of files nor an object of hook events"));
        }
        return out;
    }

    static final Object ABSENT = new Object();

    /** A hooks file ({@code {"hooks": {...}}}); one that is missing or not JSON is skipped by Claude Code. */
    private static void file(Path file, List<Problem> out) {
        Object data;
        try {
            String text = Plugin.withoutBom(Files.readString(file));
            data = JsonData.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (!(data instanceof Map<?, ?> top)) {
            return;
        }
        for (String event : GUARDING) {
            // Declared outside the "hooks" object, such hooks are never loaded: an empty list there guards nothing.
            if (top.containsKey(event) && !(top.get(event) instanceof List<?> l && l.isEmpty())) {
                out.add(new Problem(file, "`" + event + "` is declared at the top level of the file, outside the `hooks` object"));
            }
        }
        if (top.get("hooks") instanceof Map<?, ?> events) {
            events(events, file, "hooks", out);
        }
    }

    private static void events(Map<?, ?> events, Path file, String path, List<Problem> out) {
        for (var e : events.entrySet()) {
            String event = String.valueOf(e.getKey());
            if (!GUARDING.contains(event)) {
                continue;
            }
            String at = path + "." + event;
            if (!(e.getValue() instanceof List<?> matchers)) {
                out.add(new Problem(file, "`" + at + "` must be a list of matchers"));
                continue;
            }
            for (int i = 0; i < matchers.size(); i++) {
                matcher(matchers.get(i), file, at + "." + i, out);
            }
        }
    }

    private static void matcher(Object value, Path file, String at, List<Problem> out) {
        if (!(value instanceof Map<?, ?> m)) {
            out.add(new Problem(file, "`" + at + "` must be an object with `matcher` and `hooks`"));
            return;
        }
        if (m.containsKey("matcher") && !(m.get("matcher") instanceof String)) {
            out.add(new Problem(file, "`" + at + ".matcher` must be a string"));
        }
        if (!(m.get("hooks") instanceof List<?> hooks)) {
            out.add(new Problem(file, "`" + at + ".hooks` must be a list of hooks"));
            return;
        }
        for (int i = 0; i < hooks.size(); i++) {
            String here = at + ".hooks." + i;
            if (!(hooks.get(i) instanceof Map<?, ?> hook) || !(hook.get("type") instanceof String type)) {
                out.add(new Problem(file, "`" + here + "` must be an object with a `type`"));
            } else if (!HOOK_TYPES.contains(type)) {
                out.add(new Problem(file, "`" + here + "` has the unknown hook type `" + type + "`"));
            } else if (type.equals("command") && !(hook.get("command") instanceof String) && !(hook.get("file") instanceof String)) {
                out.add(new Problem(file, "`" + here + "` is a command hook without a `command`"));
            } else if (hook.containsKey("timeout") && !(hook.get("timeout") instanceof Number)) {
                out.add(new Problem(file, "`" + here + ".timeout` must be a number"));
            }
        }
    }
}
