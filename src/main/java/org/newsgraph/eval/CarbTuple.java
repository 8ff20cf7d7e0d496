package org.newsgraph.eval;

import java.util.List;

/**
 * One Open IE tuple as CaRB reads it: a gold tuple (confidence 1) or a system extraction.
 *
 * @param sentence   the sentence it was read from, as written in the file
 * @param confidence the system's confidence; 1 for gold tuples
 * @param relation   the relation phrase
 * @param args       the arguments in order: subject first, then objects and further arguments
 */
public record CarbTuple(String sentence, double confidence, String relation, List<String> args) {

    public CarbTuple {
        args = List.copyOf(args);
    }

    /** The tuple in CaRB's tabbed system format: {@code sentence TAB confidence TAB relation TAB arg1 TAB ...}. */
    public String toTsv() {
        StringBuilder sb = new StringBuilder();
        sb.append(clean(sentence)).append('\t').append(confidence).append('\t').append(clean(relation));
        for (String a : args) {
            sb.append('\t').append(clean(a));
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
