package dev.agentctl.parse;

import dev.agentctl.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of a parsed frontmatter, with its place in the original file and the value JavaScript would see. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Location location();

    /** The value as Claude Code's JavaScript sees it: String, Boolean, Long, Double, null, List or Map. */
    Object plain();

    /**
     * @param value  String, Boolean, Long, Double or null, resolved by the YAML 1.2 core schema
     * @param quoted written in single or double quotes (or as a block scalar): always a string
     */
    record Scalar(Object value, boolean quoted, Location location) implements YamlNode {
        @Override
        public Object plain() {
            return value;
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Object plain() {
            List<Object> out = new ArrayList<>(items.size());
            for (YamlNode item : items) {
                out.add(item.plain());
            }
            return out;
        }
    }

    /**
     * A mapping in source order; a key written twice appears twice here, and the last one counts.
     *
     * @param lastByKey the entry that counts for each key, so that a lookup stays constant-time in a frontmatter with
     *                  a hundred thousand keys
     */
    record Mapping(List<Entry> entries, Location location, Map<String, Entry> lastByKey) implements YamlNode {
        public static final Mapping EMPTY = new Mapping(List.of(), Location.FILE_START);

        public Mapping(List<Entry> entries, Location location) {
            this(entries, location, lastByKey(entries));
        }

        public Mapping {
            entries = List.copyOf(entries);
            lastByKey = Map.copyOf(lastByKey);
        }

        private static Map<String, Entry> lastByKey(List<Entry> entries) {
            Map<String, Entry> last = new HashMap<>();
            for (Entry e : entries) {
                last.put(e.key(), e);
            }
            return last;
        }

        @Override
        public Object plain() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Entry e : entries) {
                out.put(e.key(), e.value().plain());
            }
            return out;
        }

        /** The entry that counts for a key: the last one written, as in Claude Code. */
        public Entry get(String key) {
            return lastByKey.get(key);
        }
    }

    record Entry(String key, Location keyLocation, YamlNode value) {
    }
}
