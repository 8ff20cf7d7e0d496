package org.newsgraph.eval;

/**
 * The shares of a gold file a graph must reach: alias groups merged, core facts and all facts found. Every set
 * also asks for no over-merged entity, no boilerplate in a label and no pronoun argument.
 *
 * @param name        what the targets are for, as printed
 * @param aliasGroups least share of gold entities merged
 * @param coreFacts   least share of core gold facts found
 * @param facts       least share of all gold facts found
 */
public record GoldTargets(String name, double aliasGroups, double coreFacts, double facts) {

    /** The seed articles' targets: 25 of 26 alias groups, every core fact, 21 of 24 facts. */
    public static final GoldTargets SEEDS = new GoldTargets("seeds", 25.0 / 26, 1.0, 21.0 / 24);

    /** The targets on news-gold, the 16 Reuters articles: .85 of alias groups, .75 of core facts, .65 of facts. */
    public static final GoldTargets NEWS = new GoldTargets("news", 0.85, 0.75, 0.65);

    public GoldTargets {
        for (double share : new double[] {aliasGroups, coreFacts, facts}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("a target is a share between 0 and 1: " + share);
            }
        }
    }

    /** The targets named {@code seeds} or {@code news}. */
    public static GoldTargets named(String name) {
        return switch (name) {
            case "seeds" -> SEEDS;
            case "news" -> NEWS;
            default -> throw new IllegalArgumentException("no targets named '" + name + "' (seeds, news)");
        };
    }

    /** The least count of {@code total} that reaches {@code share}. */
    static int least(double share, int total) {
        return (int) Math.ceil(share * total - 1e-9);
    }
}
