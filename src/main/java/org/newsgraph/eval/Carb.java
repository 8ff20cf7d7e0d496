package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The CaRB Open IE benchmark's scorer (Bhardwaj, Aggarwal and Mausam, EMNLP 2019), re-implemented from the
 * description and the behaviour of its {@code carb.py} with the default matcher ("binary lenient tuple match").
 *
 * Reading the files is {@link CarbFiles}; matching one gold tuple with one extraction is {@link CarbMatch}.
 *
 * <ul>
 *   <li>Sentences are keyed without spaces, PTB bracket escapes or ASCII punctuation, so a system's sentence
 *       matches the gold's when only those differ.</li>
 *   <li>A gold tuple and an extraction are compared with arguments 2..n joined into one, token by token (exact,
 *       case-sensitive, each token used once). The relation must share at least one token (a system "be" also
 *       matches any form of "be" in the gold relation), otherwise the pair scores (0, 0); an extraction with fewer
 *       arguments than a binary gold tuple also scores (0, 0). Precision is matched tokens over the extraction's
 *       tokens, recall matched tokens over the gold's. When the gold relation contains "said", "told", "added",
 *       "adds" or "says", the extraction is also tried with its subject and object swapped, and the better pair
 *       counts.</li>
 *   <li>For each confidence threshold (every distinct confidence in the system output) and sentence: recall sums,
 *       per gold tuple, the best recall of any extraction at or above the threshold; precision pairs gold tuples
 *       and extractions one to one, greedily by highest precision, and sums the matched precisions over the number
 *       of extractions.</li>
 *   <li>The result is the F1 at the best threshold and the area under the P–R curve (trapezoids, with the point
 *       recall 0 / precision 1 appended).</li>
 * </ul>
 * Gold arguments containing {@code "C: "} are context and are left out.
 */
public final class Carb {

    private static final String[][] PTB_ESCAPES = {
            {"(", "-LRB-"}, {")", "-RRB-"}, {"[", "-LSB-"}, {"]", "-RSB-"}, {"{", "-LCB-"}, {"}", "-RCB-"}};
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final Map<String, List<CarbTuple>> gold;
    private final int goldTuples;

    /** A scorer against these gold tuples. */
    public Carb(List<CarbTuple> goldTuples) {
        this.gold = byKey(goldTuples);
        this.goldTuples = this.gold.values().stream().mapToInt(List::size).sum();
    }

    /** A scorer against a gold file: {@code sentence TAB relation TAB arg1 TAB arg2 ...}. */
    public static Carb ofGoldFile(Path file) throws IOException {
        return new Carb(CarbFiles.readGold(file));
    }

    /** The number of gold tuples. */
    public int tupleCount() {
        return goldTuples;
    }

    /** The number of gold sentences (after keying). */
    public int sentenceCount() {
        return gold.size();
    }

    /** Scores system extractions against the gold. */
    public CarbResult score(List<CarbTuple> system) {
        Map<String, List<CarbTuple>> predicted = byKey(system);
        TreeSet<Double> distinct = new TreeSet<>();
        predicted.values().forEach(l -> l.forEach(t -> distinct.add(t.confidence())));
        double[] thresholds = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        int n = thresholds.length;
        double[] p = new double[n];
        double[] pl = new double[n];
        double[] r = new double[n];
        double[] rl = new double[n];
        int scored = 0;
        for (Map.Entry<String, List<CarbTuple>> e : gold.entrySet()) {
            List<CarbTuple> golds = e.getValue();
            List<CarbTuple> preds = predicted.getOrDefault(e.getKey(), List.of());
            scored += preds.size();
            double[][][] scores = new double[golds.size()][preds.size()][];
            for (int i = 0; i < golds.size(); i++) {
                for (int j = 0; j < preds.size(); j++) {
                    scores[i][j] = CarbMatch.match(golds.get(i), preds.get(j));
                }
            }
            double[] confidences = preds.stream().mapToDouble(CarbTuple::confidence).sorted().toArray();
            int from = 0;
            for (double conf : confidences) {
                int c = Arrays.binarySearch(thresholds, conf);
                if (c < from) {
                    continue; // the same confidence again: its thresholds are already counted
                }
                List<Integer> kept = new ArrayList<>();
                for (int j = 0; j < preds.size(); j++) {
                    if (preds.get(j).confidence() >= conf) {
                        kept.add(j);
                    }
                }
                double recall = 0;
                for (double[][] row : scores) {
                    double best = 0;
                    for (int j : kept) {
                        best = Math.max(best, row[j][1]);
                    }
                    recall += best;
                }
                double precision = greedyPrecision(scores, kept);
                for (int k = from; k <= c; k++) {
                    p[k] += precision;
                    pl[k] += kept.size();
                    r[k] += recall;
                    rl[k] += golds.size();
                }
                from = c + 1;
            }
            for (int k = from; k < n; k++) {
                rl[k] += golds.size();
            }
        }
        if (n == 0) {
            return new CarbResult(0, 0, 0, 0, 0, gold.size(), goldTuples, system.size(), scored);
        }
        double[] precisions = new double[n];
        double[] recalls = new double[n];
        int best = 0;
        double bestF1 = -1;
        for (int k = 0; k < n; k++) {
            precisions[k] = pl[k] > 0 ? p[k] / pl[k] : 1;
            recalls[k] = rl[k] > 0 ? r[k] / rl[k] : 0;
            double f1 = f1(precisions[k], recalls[k]);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = k;
            }
        }
        double auc = auc(recalls, precisions);
        return new CarbResult(precisions[best], recalls[best], bestF1, thresholds[best], auc,
                gold.size(), goldTuples, system.size(), scored);
    }

    /** One-to-one pairing of gold tuples and kept extractions, greedily by highest precision; the sum of precisions. */
    private static double greedyPrecision(double[][][] scores, List<Integer> kept) {
        int pairs = Math.min(scores.length, kept.size());
        boolean[] rowUsed = new boolean[scores.length];
        boolean[] colUsed = new boolean[kept.size()];
        double sum = 0;
        for (int t = 0; t < pairs; t++) {
            int bestRow = -1;
            int bestCol = -1;
            double bestPrecision = -1;
            for (int i = 0; i < scores.length; i++) {
                if (rowUsed[i]) {
                    continue;
                }
                for (int k = 0; k < kept.size(); k++) {
                    if (!colUsed[k] && scores[i][kept.get(k)][0] > bestPrecision) {
                        bestPrecision = scores[i][kept.get(k)][0];
                        bestRow = i;
                        bestCol = k;
                    }
                }
            }
            rowUsed[bestRow] = true;
            colUsed[bestCol] = true;
            sum += bestPrecision;
        }
        return sum;
    }

    /** The key a sentence is matched by: no spaces, PTB bracket escapes undone, no ASCII punctuation. */
    public static String sentenceKey(String sentence) {
        String s = sentence.replace(" ", "");
        for (String[] escape : PTB_ESCAPES) {
            s = s.replace(escape[1], escape[0]);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ASCII_PUNCTUATION.indexOf(ch) < 0) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Groups tuples by sentence key; as in CaRB, two sentences with the same key: the later one's tuples win. */
    private static Map<String, List<CarbTuple>> byKey(List<CarbTuple> tuples) {
        Map<String, List<CarbTuple>> bySentence = new LinkedHashMap<>();
        for (CarbTuple t : tuples) {
            bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        }
        Map<String, List<CarbTuple>> byKey = new LinkedHashMap<>();
        bySentence.forEach((sentence, list) -> byKey.put(sentenceKey(sentence), list));
        return byKey;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Trapezoidal area under (recall, precision) in threshold order, with (0, 1) appended; recall falls with it. */
    private static double auc(double[] recalls, double[] precisions) {
        int n = recalls.length;
        double[] x = Arrays.copyOf(recalls, n + 1);
        double[] y = Arrays.copyOf(precisions, n + 1);
        x[n] = 0;
        y[n] = 1;
        double area = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            area += (x[i + 1] - x[i]) * (y[i] + y[i + 1]) / 2;
        }
        return Math.abs(area);
    }

    /**
     * Writes, sentence by sentence, every gold tuple with the extraction that recalls most of it (all confidences)
     * and that pair's precision and recall, then the extractions that are no gold tuple's best match.
     */
    public void explain(List<CarbTuple> system, PrintWriter out) {
        Map<String, List<CarbTuple>> predicted = byKey(system);
        for (List<CarbTuple> golds : gold.values()) {
            List<CarbTuple> preds = predicted.getOrDefault(sentenceKey(golds.get(0).sentence()), List.of());
            out.println("# " + golds.get(0).sentence());
            boolean[] used = new boolean[preds.size()];
            for (CarbTuple g : golds) {
                int best = -1;
                double[] bestScore = {0, 0};
                for (int j = 0; j < preds.size(); j++) {
                    double[] m = CarbMatch.match(g, preds.get(j));
                    if (m[1] > bestScore[1] || m[1] == bestScore[1] && m[0] > bestScore[0] && m[1] > 0) {
                        best = j;
                        bestScore = m;
                    }
                }
                out.println("G  " + brief(g));
                if (best >= 0) {
                    used[best] = true;
                    out.printf(Locale.ROOT, "   P %.2f R %.2f  %s%n", bestScore[0], bestScore[1],
                            brief(preds.get(best)));
                } else {
                    out.println("   (no match)");
                }
            }
            for (int j = 0; j < preds.size(); j++) {
                if (!used[j]) {
                    out.println("X  " + brief(preds.get(j)));
                }
            }
        }
    }

    private static String brief(CarbTuple t) {
        return String.format(Locale.ROOT, "%.2f  %s | %s", t.confidence(), t.relation(),
                String.join(" | ", t.args()));
    }
}
