package dev.agentctl.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sentence means, as far as a small curated table can tell: its words with each known phrase replaced by its
 * concept ("future growth" and "growth in mind" are both {@code ~growth}, "OAuth 2.0" and "OAuth2" both
 * {@code ~oauth2}) and instruction words ("consider", "ensure") left out. Lexical containment misses such
 * paraphrases; the table is data ({@code concepts.txt}) so that what counts as the same is reviewable. Immutable.
 */
final class ConceptTable {

    static final ConceptTable BUILT_IN = load("concepts.txt");

    /** A phrase as Porter stems of all its words, stop words included, and the concept it stands for. */
    private record Phrase(List<String> stems, String concept) {
    }

    /** Phrases by their first stem, longest first. */
    private final Map<String, List<Phrase>> phrasesByFirstStem;
    private final Set<String> instructionStems;

    private ConceptTable(Map<String, List<Phrase>> phrasesByFirstStem, Set<String> instructionStems) {
        this.phrasesByFirstStem = phrasesByFirstStem;
        this.instructionStems = instructionStems;
    }

    /**
     * The concepts and remaining content stems of a text, in first-seen order.
     *
     * @param words the text's words, lowercased, stop words included ({@link ContentWords#words})
     * @param stem  the stemmer (memoised by the caller)
     */
    Set<String> meaning(List<String> words, java.util.function.UnaryOperator<String> stem) {
        List<String> stems = words.stream().map(stem).toList();
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < stems.size()) {
            Phrase match = null;
            for (Phrase p : phrasesByFirstStem.getOrDefault(stems.get(i), List.of())) {
                if (i + p.stems().size() <= stems.size() && stems.subList(i, i + p.stems().size()).equals(p.stems())) {
                    match = p;
                    break;
                }
            }
            if (match != null) {
                out.add("~" + match.concept());
                i += match.stems().size();
            } else {
                if (!ContentWords.isStopWord(words.get(i)) && !instructionStems.contains(stems.get(i))) {
                    out.add(stems.get(i));
                }
                i++;
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static ConceptTable load(String resource) {
        Map<String, List<Phrase>> phrases = new HashMap<>();
        Set<String> instructions = new HashSet<>();
        try (InputStream in = ConceptTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                int colon = entry.indexOf(':');
                if (entry.isEmpty() || entry.startsWith("#") || colon < 0) {
                    continue;
                }
                String concept = entry.substring(0, colon).strip();
                for (String phrase : entry.substring(colon + 1).split(",")) {
                    List<String> stems = ContentWords.words(phrase).stream().map(PorterStemmer::stem).toList();
                    if (stems.isEmpty()) {
                        continue;
                    }
                    if (concept.equals("-")) {
                        instructions.addAll(stems);
                    } else {
                        phrases.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Phrase(stems, concept));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        phrases.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> p.stems().size()).reversed()));
        return new ConceptTable(Map.copyOf(phrases), Set.copyOf(instructions));
    }
}
