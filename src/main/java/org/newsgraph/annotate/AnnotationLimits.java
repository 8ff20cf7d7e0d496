package org.newsgraph.annotate;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work CoreNLP may spend on one text, so that one pathological article cannot stall a run. CoreNLP's
 * parser, coreference and OpenIE grow faster than linearly with a sentence's length, so a sentence of thousands of
 * tokens (a scraped list, text without punctuation) is not annotated at all; a text that takes longer than the
 * time limit is abandoned.
 *
 * @param maxSentenceTokens a longer sentence is left out of the annotation (see {@link NlpPipeline#annotate})
 * @param maxTime           annotating one text longer than this throws {@link AnnotationTimeoutException}
 */
public record AnnotationLimits(int maxSentenceTokens, Duration maxTime) {

    /**
     * 250 tokens is several times the longest sentence of ordinary news; 5 minutes is some 30 times what a long
     * news article takes.
     */
    public static final AnnotationLimits DEFAULT = new AnnotationLimits(250, Duration.ofMinutes(5));

    public AnnotationLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 1: " + maxSentenceTokens);
        }
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive: " + maxTime);
        }
    }
}
