package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code eval gold} (and {@code eval seeds}) measured, with the details behind each number.
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
public record GoldReport(int aliasGroupsMerged, int aliasGroups, List<String> unmerged, List<String> overMerged,
                          int coreFacts, int coreTotal, int facts, int factsTotal, List<String> missingFacts,
                          List<String> boilerplate, int boilerplateTotal, List<String> pronounArguments,
                          int graphFacts) {

    /** The targets these figures miss, each as "what found &lt; what needed"; empty when all are met. */
    public List<String> targetsMissed(GoldTargets targets) {
        List<String> missed = new ArrayList<>();
        int aliasTarget = GoldTargets.least(targets.aliasGroups(), aliasGroups);
        if (aliasGroupsMerged < aliasTarget) {
            missed.add("alias groups merged " + aliasGroupsMerged + " < " + aliasTarget);
        }
        if (!overMerged.isEmpty()) {
            missed.add("over-merged entities " + overMerged.size() + " > 0");
        }
        int coreTarget = GoldTargets.least(targets.coreFacts(), coreTotal);
        if (coreFacts < coreTarget) {
            missed.add("core facts " + coreFacts + " < " + coreTarget);
        }
        int factsTarget = GoldTargets.least(targets.facts(), factsTotal);
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

    /** The report as printed: one figure a line, then the details, then the targets missed. */
    public List<String> lines(GoldTargets targets) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "alias groups merged      %d/%d (%s)", aliasGroupsMerged, aliasGroups,
                share(aliasGroupsMerged, aliasGroups)));
        out.add(String.format("over-merged entities     %d", overMerged.size()));
        out.add(String.format(Locale.ROOT, "core facts               %d/%d (%s)", coreFacts, coreTotal,
                share(coreFacts, coreTotal)));
        out.add(String.format(Locale.ROOT, "facts                    %d/%d (%s)", facts, factsTotal,
                share(facts, factsTotal)));
        out.add(String.format("boilerplate present      %d/%d", boilerplate.size(), boilerplateTotal));
        out.add(String.format("pronoun arguments        %d", pronounArguments.size()));
        out.add(String.format("facts in graph           %d", graphFacts));
        detail(out, "not merged", unmerged);
        detail(out, "over-merged", overMerged);
        detail(out, "facts not found", missingFacts);
        detail(out, "boilerplate", boilerplate);
        detail(out, "pronoun arguments", pronounArguments);
        List<String> missed = targetsMissed(targets);
        out.add(missed.isEmpty() ? "targets (" + targets.name() + "): all met"
                : "targets (" + targets.name() + ") missed: " + String.join("; ", missed));
        return out;
    }

    private static String share(int part, int total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) part / total).replaceFirst("^0", "");
    }

    private static void detail(List<String> out, String heading, List<String> items) {
        if (!items.isEmpty()) {
            out.add(heading + ":");
            items.forEach(i -> out.add("  " + i));
        }
    }
}
