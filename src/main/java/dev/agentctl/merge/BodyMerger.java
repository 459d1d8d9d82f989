package dev.agentctl.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the parsed bodies of several variants onto the first one. Sections are aligned on title and content by
 * mutual best match against the section that founded each merged section (never against what others added, so
 * matches do not chain); a sentence is dropped when a kept sentence of another variant holds at least
 * {@link MergePolicy#coverage()} of its content words, and a kept sentence is withdrawn when a later, longer one
 * holds it. A variant never loses text to itself, so merging one file changes nothing. One merger per merge.
 */
final class BodyMerger {

    /** A sentence in the merged body, with where it came from. */
    private static final class Sentence {
        final String text;
        final Set<String> stems;
        final int variant;
        final String unitId;
        final Node node;
        boolean alive = true;

        Sentence(String text, int variant, String unitId, Node node) {
            this.text = text;
            this.stems = ContentWords.stems(text);
            this.variant = variant;
            this.unitId = unitId;
            this.node = node;
        }
    }

    /** A unit of the merged body while it is being built. */
    private static final class Node {
        final PromptUnit origin;
        final Group group;
        final List<Sentence> sentences = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final List<String> sources = new ArrayList<>();

        Node(PromptUnit origin, Group group) {
            this.origin = origin;
            this.group = group;
            sources.add(origin.id());
        }

        boolean alive() {
            return sentences.stream().anyMatch(s -> s.alive) || children.stream().anyMatch(Node::alive)
                    || sentences.isEmpty() && children.isEmpty();
        }
    }

    /** A merged section while it is being built. */
    private static final class Group {
        final PromptSection founder;
        final List<String> sources = new ArrayList<>();
        final List<Node> units = new ArrayList<>();

        Group(PromptSection founder) {
            this.founder = founder;
            sources.add(founder.id());
        }
    }

    /** Why a sentence was dropped. */
    private record Cover(Sentence by, double score, String reason) {
    }

    private final MergePolicy policy;
    private final List<Group> groups = new ArrayList<>();
    private final List<Sentence> kept = new ArrayList<>();
    private final Map<String, Map<Integer, Cover>> dropped = new HashMap<>();
    private final Map<String, PromptUnit> units = new LinkedHashMap<>();

    BodyMerger(MergePolicy policy) {
        this.policy = policy;
    }

    /** Adds one variant's sections; the first variant added sets the order. */
    void add(List<PromptSection> variant) {
        Map<PromptSection, Group> aligned = align(variant);
        int cursor = 0;
        for (PromptSection section : variant) {
            Group group = aligned.get(section);
            if (group == null) {
                group = new Group(section);
                int at = section.role() == PromptSection.Role.PERSONA ? 0
                        : section.role() == PromptSection.Role.CLOSING ? groups.size() : Math.min(cursor, groups.size());
                groups.add(at, group);
            } else {
                group.sources.add(section.id());
            }
            if (section.role() == PromptSection.Role.BODY) {
                cursor = groups.indexOf(group) + 1;
            }
            addUnits(section.units(), group, group.units, section.role() != PromptSection.Role.BODY);
        }
    }

    private Map<PromptSection, Group> align(List<PromptSection> variant) {
        Map<PromptSection, Group> out = new HashMap<>();
        List<PromptSection> body = new ArrayList<>();
        for (PromptSection s : variant) {
            if (s.role() == PromptSection.Role.BODY) {
                body.add(s);
            } else {
                groups.stream().filter(g -> g.founder.role() == s.role()).findFirst().ifPresent(g -> out.put(s, g));
            }
        }
        List<Group> candidates = groups.stream().filter(g -> g.founder.role() == PromptSection.Role.BODY).toList();
        for (PromptSection s : body) {
            Group best = null;
            double bestScore = policy.sectionMatch();
            for (Group g : candidates) {
                double score = SectionSimilarity.score(s, g.founder);
                if (score >= bestScore && (best == null || score > bestScore)) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best == null) {
                continue;
            }
            Group chosen = best;
            PromptSection back = body.stream()
                    .max(Comparator.comparingDouble((PromptSection o) -> SectionSimilarity.score(o, chosen.founder))
                            .thenComparing(o -> -body.indexOf(o)))
                    .orElseThrow();
            if (back == s) {
                out.put(s, best);
            }
        }
        return out;
    }

    /**
     * Adds sibling units to a list of the merged body. Each unit either joins the list after the place its previous
     * sibling went to, or is covered by kept units; a covered item's nested items go under the item that covers it.
     *
     * @param fold persona and closing: new sentences join the one paragraph instead of standing alone
     */
    private void addUnits(List<PromptUnit> siblings, Group group, List<Node> target, boolean fold) {
        int cursor = target.size();
        for (PromptUnit unit : siblings) {
            units.put(unit.id(), unit);
            List<String> texts = unit.sentences();
            List<Cover> covers = new ArrayList<>();
            boolean allCovered = !texts.isEmpty();
            for (int i = 0; i < texts.size(); i++) {
                Cover c = coverOf(texts.get(i), unit, i, group);
                covers.add(c);
                allCovered &= c != null;
            }
            if (allCovered) {
                record(unit, covers);
                Node coverer = covers.get(0).by().node;
                int at = target.indexOf(coverer);
                if (at >= 0) {
                    cursor = at + 1;
                }
                coverer.sources.add(unit.id());
                addUnits(unit.children(), group, coverer.children, false);
                continue;
            }
            Node node;
            if (fold && !target.isEmpty()) {
                node = target.get(0);
                node.sources.add(unit.id());
            } else {
                node = new Node(unit, group);
                target.add(Math.min(cursor, target.size()), node);
            }
            List<Sentence> added = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (covers.get(i) == null) {
                    Sentence s = new Sentence(texts.get(i), unit.variant(), unit.id(), node);
                    node.sentences.add(s);
                    added.add(s);
                }
            }
            record(unit, covers);
            added.forEach(this::withdrawCoveredBy);
            kept.addAll(added);
            Node replaced = null;
            for (Node other : target) {
                if (other != node && !other.alive()) {
                    replaced = other;
                    break;
                }
            }
            if (replaced != null && target.indexOf(replaced) < target.indexOf(node)) {
                // The new unit says all the withdrawn one said and more: it takes the withdrawn unit's place.
                target.remove(node);
                target.add(target.indexOf(replaced), node);
            }
            cursor = target.indexOf(node) + 1;
            addUnits(unit.children(), group, node.children, false);
        }
    }

    private void record(PromptUnit unit, List<Cover> covers) {
        Map<Integer, Cover> byIndex = dropped.computeIfAbsent(unit.id(), k -> new HashMap<>());
        for (int i = 0; i < covers.size(); i++) {
            if (covers.get(i) != null) {
                byIndex.put(i, covers.get(i));
            }
        }
    }

    /** The kept sentence of another variant that already says this one, or null. */
    private Cover coverOf(String text, PromptUnit unit, int index, Group group) {
        Set<String> stems = ContentWords.stems(text);
        Sentence best = null;
        double bestScore = 0;
        if (stems.size() >= policy.minimumStems()) {
            for (Sentence k : kept) {
                if (k.alive && k.variant != unit.variant()) {
                    double score = ContentWords.containment(stems, k.stems);
                    if (score > bestScore || score == bestScore && best != null && k.stems.size() < best.stems.size()) {
                        best = k;
                        bestScore = score;
                    }
                }
            }
            if (best != null && bestScore >= policy.coverage()) {
                return new Cover(best, bestScore, "contained words");
            }
        } else {
            // A short item ("Go", "Caching") is the same only as an equal one of the same section: elsewhere the
            // same word may stand for something else.
            String plain = ContentWords.plain(text).toLowerCase(Locale.ROOT);
            for (Sentence k : kept) {
                if (k.alive && k.variant != unit.variant() && k.node.group == group
                        && (stems.isEmpty() ? ContentWords.plain(k.text).toLowerCase(Locale.ROOT).equals(plain) : k.stems.equals(stems))) {
                    return new Cover(k, 1.0, "same words");
                }
            }
        }
        if (index == 0 && group.founder.role() == PromptSection.Role.PERSONA && !group.units.isEmpty()) {
            Sentence opener = group.units.get(0).sentences.get(0);
            double score = ContentWords.containment(stems, opener.stems);
            if (opener.variant != unit.variant() && isIdentity(text) && isIdentity(opener.text) && score >= policy.personaOverlap()) {
                return new Cover(opener, score, "same persona");
            }
        }
        return null;
    }

    private static boolean isIdentity(String sentence) {
        return ContentWords.plain(sentence).toLowerCase(Locale.ROOT).startsWith("you are");
    }

    /** Withdraws kept sentences of other variants that the new sentence says in full, if nothing then goes missing. */
    private void withdrawCoveredBy(Sentence s) {
        if (s.stems.size() < policy.minimumStems()) {
            return;
        }
        for (Sentence k : kept) {
            if (k.alive && k.variant != s.variant && k.stems.size() >= policy.minimumStems() && k.stems.size() <= s.stems.size()
                    && k.node.children.isEmpty() && ContentWords.containment(k.stems, s.stems) >= policy.coverage()
                    && dependentsStillCovered(k, s)) {
                k.alive = false;
                repoint(k, s);
            }
        }
    }

    private boolean dependentsStillCovered(Sentence old, Sentence replacement) {
        for (Map.Entry<String, Map<Integer, Cover>> unit : dropped.entrySet()) {
            List<String> texts = units.get(unit.getKey()).sentences();
            for (Map.Entry<Integer, Cover> c : unit.getValue().entrySet()) {
                if (c.getValue().by() == old && ContentWords.containment(ContentWords.stems(texts.get(c.getKey())),
                        replacement.stems) < policy.coverage()) {
                    return false;
                }
            }
        }
        return true;
    }

    private void repoint(Sentence old, Sentence replacement) {
        String unitId = old.unitId;
        int index = units.get(unitId).sentences().indexOf(old.text);
        dropped.computeIfAbsent(unitId, k -> new HashMap<>())
                .put(index, new Cover(replacement, ContentWords.containment(old.stems, replacement.stems), "contained words"));
        for (Map<Integer, Cover> covers : dropped.values()) {
            covers.replaceAll((i, c) -> c.by() == old ? new Cover(replacement, c.score(), c.reason()) : c);
        }
    }

    /** The merged sections, in order, without anything withdrawn. */
    List<MergedSection> sections() {
        List<MergedSection> out = new ArrayList<>();
        for (Group g : groups) {
            List<MergedUnit> merged = freeze(g.units);
            if (!merged.isEmpty() || g.founder.style() != PromptSection.Style.NONE) {
                PromptSection f = g.founder;
                out.add(new MergedSection(f.role(), f.style(), f.level(), f.title(), merged, g.sources));
            }
        }
        return out;
    }

    private List<MergedUnit> freeze(List<Node> nodes) {
        List<MergedUnit> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.alive()) {
                out.add(new MergedUnit(n.origin.id(), n.origin.kind(), n.origin.ordered(), text(n), freeze(n.children), n.sources));
            }
        }
        return out;
    }

    /** The unit as written while it still says exactly what it did; otherwise its live sentences, joined. */
    private static String text(Node n) {
        List<String> live = n.sentences.stream().filter(s -> s.alive).map(s -> s.text).toList();
        if (live.equals(n.origin.sentences())) {
            return n.origin.text();
        }
        return String.join(" ", live);
    }

    /** For every input unit, in input order: kept, trimmed or covered, and by what. */
    List<UnitFate> fates(java.util.function.IntFunction<String> sourceName) {
        List<UnitFate> out = new ArrayList<>();
        for (PromptUnit unit : units.values()) {
            int total = unit.sentences().size();
            Map<Integer, Cover> covers = new HashMap<>(dropped.getOrDefault(unit.id(), Map.of()));
            Cover weakest = covers.values().stream()
                    .min(Comparator.comparingDouble(Cover::score)).orElse(null);
            UnitFate.Fate fate = covers.isEmpty() ? UnitFate.Fate.KEPT
                    : covers.size() >= total ? UnitFate.Fate.COVERED : UnitFate.Fate.TRIMMED;
            out.add(new UnitFate(unit.id(), sourceName.apply(unit.variant()), unit.text(), fate,
                    weakest == null ? null : weakest.by().unitId, weakest == null ? 0 : weakest.score(),
                    weakest == null ? null : weakest.reason()));
        }
        return out;
    }
}
