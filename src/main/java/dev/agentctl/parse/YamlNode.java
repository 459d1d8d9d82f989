package dev.agentctl.parse;

import dev.agentctl.model.Location;
import java.util.ArrayList;
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

    /** A mapping in source order; a key written twice appears twice here, and the last one counts. */
    record Mapping(List<Entry> entries, Location location) implements YamlNode {
        public static final Mapping EMPTY = new Mapping(List.of(), Location.FILE_START);

        public Mapping {
            entries = List.copyOf(entries);
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
            Entry found = null;
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    found = e;
                }
            }
            return found;
        }
    }

    record Entry(String key, Location keyLocation, YamlNode value) {
    }
}
