package org.newsgraph.bench;

import java.util.Locale;
import java.util.Objects;

/**
 * One measured figure of the benchmark, with its target when it has one.
 *
 * @param name   what was measured
 * @param value  the measured value, as printed
 * @param target the target it is held to, or empty when it is only reported
 * @param pass   whether the target is met; null when there is no target
 */
public record Figure(String name, String value, String target, Boolean pass) {

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
    }

    /** A figure held to a target. */
    public static Figure of(String name, String value, String target, boolean pass) {
        return new Figure(name, value, target, pass);
    }

    /** A figure only reported. */
    public static Figure reported(String name, String value) {
        return new Figure(name, value, "", null);
    }

    /** PASS, FAIL, or nothing when there is no target. */
    public String verdict() {
        return pass == null ? "" : pass ? "PASS" : "FAIL";
    }

    /** A Markdown table row: figure, value, target, verdict. */
    public String row() {
        return "| " + name + " | " + value + " | " + target + " | " + verdict() + " |";
    }

    /** A number with the given decimals, in the root locale. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
