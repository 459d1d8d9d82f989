package dev.agentctl.merge;

import dev.agentctl.model.AgentDefinition;
import dev.agentctl.model.Located;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.schema.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-field frontmatter policy: the name must agree (or be given); the description keeps the clearest trigger
 * text once and one {@code <example>} per trigger situation; model and colour go by majority, ties to the first file;
 * tools are a set where "absent" means all tools; other keys stay only when every variant agrees.
 */
final class FrontmatterMerger {

    private static final Pattern EXAMPLE = Pattern.compile("<example>[\\s\\S]*?</example>");
    private static final Pattern TRAILING_EXAMPLES_LABEL = Pattern.compile("\\s*Examples?\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRIGGER = Pattern.compile("\\buse (this agent|proactively|when|for|it)\\b|\\binvoke",
            Pattern.CASE_INSENSITIVE);
    /** Words of any example's situation that say nothing about which situation it is. */
    private static final Set<String> REQUEST_WORDS = Set.of("context", "user", "need", "help", "want");
    /**
     * Cosine of two examples' situations from which they show the same trigger: on the five samples the two
     * "microservices for an e-commerce platform" examples score 0.49, and every other pair stays below 0.35.
     */
    private static final double SAME_SITUATION = 0.35;
    /** Keys whose value the policy decides field by field; the rest must agree. */
    private static final Set<String> DECIDED = Set.of("name", "description", "tools", "model", "color");

    private final Vocabulary vocabulary;
    private final Lexicon lexicon;
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    FrontmatterMerger(Vocabulary vocabulary, Lexicon lexicon) {
        this.vocabulary = vocabulary;
        this.lexicon = lexicon;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    String description(List<AgentDefinition> agents) {
        String prose = null;
        for (AgentDefinition a : agents) {
            String p = proseOf(a.descriptionValue());
            if (TRIGGER.matcher(p).find()) {
                prose = p;
                break;
            }
        }
        if (prose == null) {
            prose = proseOf(agents.get(0).descriptionValue());
        }
        Set<String> agentWords = new java.util.HashSet<>(REQUEST_WORDS);
        agents.forEach(a -> agentWords.addAll(lexicon.stems(a.nameValue().replace('-', ' '))));
        List<String> examples = new ArrayList<>();
        List<Set<String>> situations = new ArrayList<>();
        for (int source = 0; source < agents.size(); source++) {
            Matcher m = EXAMPLE.matcher(agents.get(source).descriptionValue());
            while (m.find()) {
                Set<String> situation = situation(m.group(), agentWords);
                int same = -1;
                for (int k = 0; k < situations.size(); k++) {
                    double score = SectionSimilarity.cosine(situation, situations.get(k));
                    if (score >= SAME_SITUATION && shared(situation, situations.get(k)) >= 2 && (same < 0 || score > SectionSimilarity.cosine(situation, situations.get(same)))) {
                        same = k;
                    }
                }
                if (same < 0) {
                    situations.add(situation);
                    examples.add(m.group().strip());
                } else if (!examples.get(same).equals(m.group().strip())) {
                    notes.add("description: left out an example of source " + source
                            + ", its situation is that of kept example " + (same + 1) + " ("
                            + Scores.twoDecimals(SectionSimilarity.cosine(situation, situations.get(same))) + "): "
                            + excerpt(m.group()));
                }
            }
        }
        if (examples.isEmpty()) {
            return prose;
        }
        return prose + (prose.isEmpty() ? "" : " Examples: ") + String.join(" ", examples);
    }

    /**
     * What an example's user is doing and asking: the stems before the assistant's reply, without the words every
     * example of the agent has (its name, "context", "user", "need"), which would make all examples alike.
     */
    private Set<String> situation(String example, Set<String> agentWords) {
        String inner = example.substring("<example>".length(), example.length() - "</example>".length());
        int reply = inner.toLowerCase(java.util.Locale.ROOT).indexOf("assistant:");
        Set<String> out = new java.util.LinkedHashSet<>(lexicon.stems(reply < 0 ? inner : inner.substring(0, reply)));
        // A prefix counts too: the name's "architect" also stands for "architectural".
        out.removeIf(stem -> agentWords.stream().anyMatch(w -> stem.startsWith(w) && (w.length() >= 4 || stem.equals(w))));
        return out;
    }

    /** One shared word is chance ("ship a hotfix", "ship 2.0"); a situation is told by two or more. */
    private static int shared(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private static String excerpt(String example) {
        String flat = example.replaceAll("\\s+", " ").strip();
        return flat.length() > 100 ? flat.substring(0, 97) + "..." : flat;
    }

    private static String proseOf(String description) {
        String withoutExamples = EXAMPLE.matcher(description).replaceAll(" ").strip();
        return TRAILING_EXAMPLES_LABEL.matcher(withoutExamples).replaceFirst("").replaceAll("\\s+", " ").strip();
    }

    /** The value most variants give; a tie goes to the value seen first. Variants without one do not vote. */
    String majority(String field, List<String> values) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        values.stream().filter(Objects::nonNull).forEach(v -> votes.merge(v, 1, Integer::sum));
        if (votes.isEmpty()) {
            return null;
        }
        String winner = votes.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey();
        if (votes.size() > 1) {
            notes.add(field + ": variants disagree (" + votes + "), kept `" + winner + "`");
        }
        return winner;
    }

    /**
     * The merged tools under a policy; null means all tools (the key is left out). Each variant grants a set, "absent"
     * granting every tool. Whenever the result grants a variant more than it granted, a warning names the variant and
     * the tools it gains: widening what an agent may do is a security decision for the person merging.
     *
     * @param sources display names of the variants, in merge order
     * @param chosen  whether the user chose the policy (the default is said loudly when it widens a grant)
     */
    List<String> tools(List<AgentDefinition> agents, ToolPolicy policy, boolean chosen, List<String> sources) {
        List<Set<String>> grants = new ArrayList<>();
        for (AgentDefinition a : agents) {
            grants.add(a.tools().allTools() ? null : granted(a));
        }
        long all = grants.stream().filter(Objects::isNull).count();
        Set<String> merged;
        switch (policy) {
            case UNION -> {
                merged = all > 0 ? null : new LinkedHashSet<>();
                if (merged != null) {
                    grants.forEach(merged::addAll);
                }
            }
            case INTERSECTION -> {
                merged = null;
                for (Set<String> g : grants) {
                    if (g != null) {
                        if (merged == null) {
                            merged = new LinkedHashSet<>(g);
                        } else {
                            merged.retainAll(g);
                        }
                    }
                }
            }
            default -> {
                // A tool stays when at least half the variants grant it; a variant with all tools grants every one.
                if (2 * all >= agents.size()) {
                    merged = null;
                } else {
                    merged = new LinkedHashSet<>();
                    Map<String, Integer> votes = new LinkedHashMap<>();
                    grants.stream().filter(Objects::nonNull).forEach(g -> g.forEach(t -> votes.merge(t, 1, Integer::sum)));
                    for (Map.Entry<String, Integer> v : votes.entrySet()) {
                        if (2 * (v.getValue() + all) >= agents.size()) {
                            merged.add(v.getKey());
                        }
                    }
                }
            }
        }
        String how = policy.name().toLowerCase(java.util.Locale.ROOT);
        List<String> gains = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            Set<String> g = grants.get(i);
            if (g == null) {
                continue;
            }
            if (merged == null) {
                gains.add(sources.get(i) + " (granted " + (g.isEmpty() ? "none" : String.join(", ", g)) + ") gains all tools");
            } else {
                List<String> more = merged.stream().filter(t -> !g.contains(t)).toList();
                if (!more.isEmpty()) {
                    gains.add(sources.get(i) + " gains " + String.join(", ", more));
                }
            }
        }
        if (!gains.isEmpty()) {
            warnings.add("tools: the merged agent may use tools that not every variant granted (policy: " + how
                    + (chosen ? "" : ", the default; choose with --tools union|intersection|majority") + "): "
                    + String.join("; ", gains));
        }
        return merged == null ? null : List.copyOf(merged);
    }

    /** A variant's listed tools under their current names, without those Claude Code no longer has or never had. */
    private Set<String> granted(AgentDefinition a) {
        Set<String> out = new LinkedHashSet<>();
        for (Located<String> entry : a.tools().entries()) {
            String name = vocabulary.legacyToolAliases().getOrDefault(entry.value(), entry.value());
            if (!name.equals(entry.value())) {
                note("tools: `" + entry.value() + "` is now called `" + name + "`");
            }
            if (vocabulary.removedTools().contains(name)) {
                note("tools: dropped `" + name + "`, which Claude Code no longer has");
            } else if (!vocabulary.tools().contains(name) && !name.startsWith("mcp__")) {
                note("tools: dropped `" + name + "`, which Claude Code does not know");
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Keys outside the policy, kept when every variant has the same value (scalars and lists of scalars only). */
    Map<String, Object> agreedExtras(List<AgentDocument> docs) {
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        docs.forEach(d -> d.frontmatter().root().entries().forEach(e -> keys.add(e.key())));
        for (String key : keys) {
            if (DECIDED.contains(key)) {
                continue;
            }
            Object first = null;
            boolean agree = true;
            for (AgentDocument d : docs) {
                YamlNode.Entry e = d.frontmatter().root().get(key);
                Object value = e == null ? null : e.value().plain();
                if (first == null) {
                    first = value;
                }
                agree &= value != null && value.equals(first);
            }
            if (agree && isSimple(first)) {
                out.put(key, first);
            } else {
                notes.add("`" + key + "`: left out, the variants do not all give it the same simple value");
            }
        }
        return out;
    }

    private static boolean isSimple(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(v -> v instanceof String || v instanceof Number || v instanceof Boolean);
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
