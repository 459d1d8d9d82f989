package dev.agentctl.merge;

import dev.agentctl.merge.text.Similarity;
import dev.agentctl.merge.text.Terms;
import dev.agentctl.merge.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code --explain} points out for a person to decide: content only one variant has that names something of that
 * variant's own world, and pairs of units from different variants that are close in topic but not the same
 * instruction. Read-only over a laid-out body.
 */
final class Findings {

    /**
     * A name of three or more hyphenated parts, as agents are named ("strategic-task-planner"); a phrase with a
     * function word in it ("end-to-end") is an adjective, not a name.
     */
    private static final Pattern AGENT_NAME = Pattern.compile("(?<![\\w/.-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\\w/-])");
    /**
     * A file or path: a name with a document or script extension, or a directory path ending in a slash
     * ({@code workspaces/backend-architect/}); words joined by slashes ("Read/Edit/Bash") are a list, not a path.
     */
    private static final Pattern PATH = Pattern.compile("[\\w.-]*\\w\\.(?:md|json|ya?ml|toml|txt|py|sh)\\b|(?:\\w[\\w.-]*/)+(?![\\w.-])");
    /** A label shouted in capitals, as private protocols write them ("MANDATORY:", "IMPORTANT!"); acronyms are shorter. */
    private static final Pattern SHOUT = Pattern.compile("\\b[A-Z]{6,}(?=[:!])");
    /** At most this many likely conflicts are listed, closest first. */
    private static final int MAX_CONFLICTS = 20;

    private Findings() {
    }

    /**
     * Units only one variant says that name an agent, a file or path, or a capitalised protocol word no other variant
     * uses: content a person may want to drop from a profile meant for everyone.
     *
     * @param textByVariant every input unit's text, by variant
     */
    static List<Remark> variantSpecific(List<MergedSection> sections, Map<Integer, String> textByVariant, String agentName,
                                        int variantCount) {
        List<Remark> out = new ArrayList<>();
        if (variantCount < 2) {
            return out;
        }
        for (MergedSection s : sections) {
            if (s.role() == PromptSection.Role.PERSONA) {
                continue;
            }
            for (MergedUnit u : s.units()) {
                check(u, textByVariant, agentName, out);
            }
        }
        return out;
    }

    private static void check(MergedUnit u, Map<Integer, String> textByVariant, String agentName, List<Remark> out) {
        Set<Integer> variants = Support.variants(u);
        if (variants.size() == 1) {
            int own = variants.iterator().next();
            List<String> names = new ArrayList<>();
            String plain = Text.plain(u.text());
            find(AGENT_NAME, plain, names, n -> !n.equals(agentName) && !saidElsewhere(n, own, textByVariant)
                    && java.util.Arrays.stream(n.split("-")).noneMatch(Terms::isFunctionWord));
            find(PATH, plain, names, n -> !saidElsewhere(n, own, textByVariant));
            find(SHOUT, plain, names, n -> !saidElsewhere(n, own, textByVariant));
            if (!names.isEmpty()) {
                out.add(new Remark("variant-specific", List.of(u.id()), 1, "only source " + own + " says this, and it names "
                        + String.join(", ", names) + ": " + excerpt(u.text())));
                return;
            }
        }
        u.children().forEach(c -> check(c, textByVariant, agentName, out));
    }

    private static void find(Pattern p, String text, List<String> names, java.util.function.Predicate<String> keep) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String n = m.group();
            if (!names.contains(n) && keep.test(n)) {
                names.add(n);
            }
        }
    }

    private static boolean saidElsewhere(String name, int own, Map<Integer, String> textByVariant) {
        for (Map.Entry<Integer, String> e : textByVariant.entrySet()) {
            if (e.getKey() != own && e.getValue().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pairs of units of one section from different variants whose similarity is at least {@code low} but below what
     * makes them the same item: they talk about the same thing and may ask for different things ("Begin each review
     * with a summary" beside "Lead with findings"). Closest first, at most {@link #MAX_CONFLICTS}.
     */
    static List<Remark> likelyConflicts(List<MergedSection> sections, Similarity similarity, double low, double same) {
        List<Remark> found = new ArrayList<>();
        for (MergedSection s : sections) {
            List<MergedUnit> units = s.units();
            for (int i = 0; i < units.size(); i++) {
                for (int j = i + 1; j < units.size(); j++) {
                    MergedUnit a = units.get(i);
                    MergedUnit b = units.get(j);
                    if (Support.variantOf(a.id()) == Support.variantOf(b.id())) {
                        continue;
                    }
                    double score = similarity.similarity(a.text(), b.text());
                    if (score >= low && score < same) {
                        found.add(new Remark("likely conflict", List.of(a.id(), b.id()), score,
                                excerpt(a.text()) + " | " + excerpt(b.text())));
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble(Remark::score).reversed());
        return found.size() > MAX_CONFLICTS ? List.copyOf(found.subList(0, MAX_CONFLICTS)) : found;
    }

    static String excerpt(String text) {
        String flat = Text.plain(text.replace('\n', ' '));
        return '"' + (flat.length() > 90 ? flat.substring(0, 87) + "..." : flat) + '"';
    }

    /** Every input unit's text joined, by variant: what "no other variant says it" is checked against. */
    static Map<Integer, String> textByVariant(List<UnitFate> fates) {
        Map<Integer, StringBuilder> out = new HashMap<>();
        for (UnitFate f : fates) {
            out.computeIfAbsent(Support.variantOf(f.unitId()), k -> new StringBuilder()).append(f.text()).append('\n');
        }
        Map<Integer, String> result = new HashMap<>();
        out.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }
}
