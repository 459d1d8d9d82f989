package dev.agentctl.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the merged body keeps under {@code --keep}: every distinct instruction, or only those that at least a given
 * number of variants say. A merged unit is said by every variant one of whose units it carries (a unit it covers, or
 * one joined into it as the same item), so the count uses the merge's own similarity. The persona always stays.
 */
final class Support {

    private Support() {
    }

    /** The variants that say a unit: those of its own sources and of its nested items'. */
    static Set<Integer> variants(MergedUnit u) {
        Set<Integer> out = new LinkedHashSet<>();
        u.sources().forEach(id -> out.add(variantOf(id)));
        return out;
    }

    /** The variant of a unit id ({@code variant#n}) or a section id ({@code variant/sn}): the number it opens with. */
    static int variantOf(String id) {
        return Integer.parseInt(id.substring(0, variantDigits(id)));
    }

    /** The same unit or section id in another variant. */
    static String inVariant(String id, int variant) {
        return variant + id.substring(variantDigits(id));
    }

    private static int variantDigits(String id) {
        int i = 0;
        while (i < id.length() && Character.isDigit(id.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The sections with only the units at least {@code minimum} variants say; what goes is added to {@code leftOut}. */
    static List<MergedSection> keep(List<MergedSection> sections, int minimum, List<Remark> leftOut) {
        if (minimum <= 1) {
            return sections;
        }
        List<MergedSection> out = new ArrayList<>();
        for (MergedSection s : sections) {
            if (s.role() == PromptSection.Role.PERSONA) {
                out.add(s);
                continue;
            }
            List<MergedUnit> units = keepUnits(s.units(), minimum, leftOut);
            if (!units.isEmpty() || s.units().isEmpty()) {
                out.add(new MergedSection(s.role(), s.style(), s.level(), s.title(), units, s.sources()));
            }
        }
        // A title whose sections below all went goes too; one with sections left below stays.
        List<MergedSection> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            MergedSection s = out.get(i);
            MergedSection next = i + 1 < out.size() ? out.get(i + 1) : null;
            boolean heads = next != null && next.style() == PromptSection.Style.HEADING && s.style() == PromptSection.Style.HEADING
                    && next.level() > s.level();
            if (!s.units().isEmpty() || heads) {
                result.add(s);
            }
        }
        return result;
    }

    private static List<MergedUnit> keepUnits(List<MergedUnit> units, int minimum, List<Remark> leftOut) {
        List<MergedUnit> out = new ArrayList<>();
        for (MergedUnit u : units) {
            int said = variants(u).size();
            if (said >= minimum) {
                out.add(new MergedUnit(u.id(), u.kind(), u.ordered(), u.text(), keepUnits(u.children(), minimum, leftOut), u.sources()));
            } else {
                leftOut.add(new Remark("left out", List.of(u.id()), said, "said by " + said + " of the variants, fewer than "
                        + minimum + ": " + Findings.excerpt(u.text())));
            }
        }
        return out;
    }
}
