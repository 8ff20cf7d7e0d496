package org.newsgraph.eval;

/**
 * What the CaRB scorer measured.
 *
 * @param precision        precision at the threshold with the best F1
 * @param recall           recall at that threshold
 * @param f1               the best F1 over all confidence thresholds
 * @param threshold        the confidence threshold giving it (extractions with at least this confidence count)
 * @param auc              area under the precision–recall curve, with the point (recall 0, precision 1) added
 * @param goldSentences    sentences in the gold
 * @param goldTuples       gold tuples
 * @param systemTuples     system extractions read (including those on sentences not in the gold)
 * @param scoredTuples     system extractions on gold sentences, the ones that were scored
 */
public record CarbResult(double precision, double recall, double f1, double threshold, double auc,
                         int goldSentences, int goldTuples, int systemTuples, int scoredTuples) {

    /** A one-paragraph report, percentages with one decimal. */
    public String report() {
        return String.format(java.util.Locale.ROOT,
                "CaRB F1 %.1f (P %.1f / R %.1f) at confidence >= %s, AUC %.1f%n"
                        + "gold: %d sentences, %d tuples; system: %d extractions, %d on gold sentences%n",
                100 * f1, 100 * precision, 100 * recall,
                new java.math.BigDecimal(threshold).round(new java.math.MathContext(3)).stripTrailingZeros()
                        .toPlainString(), 100 * auc,
                goldSentences, goldTuples, systemTuples, scoredTuples);
    }
}
