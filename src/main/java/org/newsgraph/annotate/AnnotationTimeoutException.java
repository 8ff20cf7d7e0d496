package org.newsgraph.annotate;

import java.time.Duration;

/** Thrown when annotating one text took longer than {@link AnnotationLimits#maxTime()}; the text is skipped. */
public final class AnnotationTimeoutException extends RuntimeException {

    public AnnotationTimeoutException(Duration limit) {
        super("CoreNLP took longer than the limit of " + seconds(limit) + " s; not annotated");
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
