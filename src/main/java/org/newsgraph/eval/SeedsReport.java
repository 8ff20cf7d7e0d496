package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code eval seeds} measured, with the details behind each number.
 *
 * @param aliasGroupsMerged gold entities whose forms all label one graph entity
 * @param aliasGroups       gold entities
 * @param unmerged          the gold entities not merged, explained
 * @param overMerged        graph entities holding forms of two gold entities, explained
 * @param coreFacts         core gold facts found
 * @param coreTotal         core gold facts
 * @param facts             gold facts found
 * @param factsTotal        gold facts
 * @param missingFacts      the gold facts not found
 * @param boilerplate       boilerplate strings found in labels, explained
 * @param boilerplateTotal  boilerplate strings checked
 * @param pronounArguments  facts with a pronoun argument, explained
 * @param graphFacts        fact nodes in the store
 */
public record SeedsReport(int aliasGroupsMerged, int aliasGroups, List<String> unmerged, List<String> overMerged,
                          int coreFacts, int coreTotal, int facts, int factsTotal, List<String> missingFacts,
                          List<String> boilerplate, int boilerplateTotal, List<String> pronounArguments,
                          int graphFacts) {

    /** The targets: at least 25/26 alias groups, all core and 21/24 facts, no over-merging, no junk. */
    public List<String> targetsMissed() {
        List<String> missed = new ArrayList<>();
        if (aliasGroupsMerged < aliasGroups - 1) {
            missed.add("alias groups merged " + aliasGroupsMerged + " < " + (aliasGroups - 1));
        }
        if (!overMerged.isEmpty()) {
            missed.add("over-merged entities " + overMerged.size() + " > 0");
        }
        if (coreFacts < coreTotal) {
            missed.add("core facts " + coreFacts + " < " + coreTotal);
        }
        int factsTarget = (int) Math.ceil(factsTotal * 21.0 / 24);
        if (facts < factsTarget) {
            missed.add("facts " + facts + " < " + factsTarget);
        }
        if (!boilerplate.isEmpty()) {
            missed.add("boilerplate strings present " + boilerplate.size() + " > 0");
        }
        if (!pronounArguments.isEmpty()) {
            missed.add("facts with pronoun arguments " + pronounArguments.size() + " > 0");
        }
        return missed;
    }

    /** The report as printed: one figure a line, then the details. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format("alias groups merged      %d/%d", aliasGroupsMerged, aliasGroups));
        out.add(String.format("over-merged entities     %d", overMerged.size()));
        out.add(String.format("core facts               %d/%d", coreFacts, coreTotal));
        out.add(String.format("facts                    %d/%d", facts, factsTotal));
        out.add(String.format("boilerplate present      %d/%d", boilerplate.size(), boilerplateTotal));
        out.add(String.format("pronoun arguments        %d", pronounArguments.size()));
        out.add(String.format("facts in graph           %d", graphFacts));
        detail(out, "not merged", unmerged);
        detail(out, "over-merged", overMerged);
        detail(out, "facts not found", missingFacts);
        detail(out, "boilerplate", boilerplate);
        detail(out, "pronoun arguments", pronounArguments);
        List<String> missed = targetsMissed();
        out.add(missed.isEmpty() ? "targets: all met" : "targets missed: " + String.join("; ", missed));
        return out;
    }

    private static void detail(List<String> out, String heading, List<String> items) {
        if (!items.isEmpty()) {
            out.add(heading + ":");
            items.forEach(i -> out.add("  " + i));
        }
    }
}
