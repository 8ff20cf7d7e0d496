package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * CaRB's default matcher, "binary lenient tuple match": one gold tuple against one extraction, token by token
 * (see {@link Carb} for the rules).
 */
public final class CarbMatch {

    private static final List<String> SAID_VERBS = List.of("said", "told", "added", "adds", "says");
    private static final List<String> FORMS_OF_BE = List.of("be", "is", "am", "are", "was", "were", "been", "being");

    private CarbMatch() {
    }

    /**
     * CaRB's match of a gold tuple and an extraction: {precision, recall}, both 0 when they do not match.
     * Arguments 2..n of each are joined; "said"-type gold relations also try the extraction reversed.
     */
    public static double[] match(CarbTuple gold, CarbTuple extraction) {
        List<String> goldArgs = binary(gold.args());
        double[] straight = lenient(gold.relation(), goldArgs, extraction.relation(), binary(extraction.args()));
        boolean said = SAID_VERBS.stream().anyMatch(v -> gold.relation().contains(v));
        if (!said || extraction.args().size() < 2) {
            return straight;
        }
        List<String> ex = extraction.args();
        List<String> reversed = List.of(String.join(" ", ex.subList(1, ex.size())), ex.get(0));
        double[] reverse = lenient(gold.relation(), goldArgs, extraction.relation(), reversed);
        return compare(reverse, straight) > 0 ? reverse : straight;
    }

    private static int compare(double[] a, double[] b) {
        int c = Double.compare(a[0], b[0]);
        return c != 0 ? c : Double.compare(a[1], b[1]);
    }

    private static List<String> binary(List<String> args) {
        if (args.size() < 2) {
            return args;
        }
        return List.of(args.get(0), String.join(" ", args.subList(1, args.size())));
    }

    private static double[] lenient(String goldRelation, List<String> goldArgs, String exRelation, List<String> exArgs) {
        int precisionHits = 0;
        int precisionTotal = 0;
        int recallHits = 0;
        int recallTotal = 0;
        List<String> predicted = tokens(exRelation);
        List<String> goldWords = tokens(goldRelation);
        precisionTotal += predicted.size();
        recallTotal += goldWords.size();
        int matching = 0;
        for (String w : goldWords) {
            if (predicted.remove(w)) {
                matching++;
            }
        }
        if (predicted.contains("be")) {
            for (String form : FORMS_OF_BE) {
                if (goldWords.contains(form)) {
                    matching++;
                    predicted.remove("be");
                    break;
                }
            }
        }
        if (matching == 0) {
            return new double[] {0, 0};
        }
        precisionHits += matching;
        recallHits += matching;
        for (int i = 0; i < goldArgs.size(); i++) {
            List<String> gw = tokens(goldArgs.get(i));
            recallTotal += gw.size();
            if (exArgs.size() <= i) {
                if (i < 2) {
                    return new double[] {0, 0};
                }
                continue;
            }
            List<String> pw = tokens(exArgs.get(i));
            precisionTotal += pw.size();
            matching = 0;
            for (String w : gw) {
                if (pw.remove(w)) {
                    matching++;
                }
            }
            precisionHits += matching;
            recallHits += matching;
        }
        double precision = precisionTotal == 0 ? 0 : (double) precisionHits / precisionTotal;
        double recall = recallTotal == 0 ? 0 : (double) recallHits / recallTotal;
        return new double[] {precision, recall};
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
