package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits CoreNLP works within, on the real models. */
class NlpPipelineTest {

    private static final String BEFORE = "Turkey shelled positions of the YPG militia on Saturday.";
    private static final String AFTER = "Russia agreed to a ceasefire in Aleppo, the United Nations said.";

    @Test
    void leavesASentenceOverTheTokenLimitUnreadAndKeepsEveryOffset() {
        Random random = new Random(7);
        String words = IntStream.range(0, 5_000)
                .mapToObj(i -> "word" + Integer.toString(random.nextInt(100_000), 36))
                .collect(Collectors.joining(" "));
        String text = BEFORE + "\n\n" + words + "\n\n" + AFTER;

        CoreDocument doc = NlpPipeline.shared().annotate(text);

        assertEquals(text.length(), doc.text().length());
        assertTrue(doc.text().substring(BEFORE.length(), text.length() - AFTER.length()).isBlank(),
                "the long sentence is blanked");
        assertEquals(2, doc.sentences().size());
        for (CoreSentence s : doc.sentences()) {
            assertEquals(s.text(), text.substring(s.charOffsets().first, s.charOffsets().second));
            assertTrue(s.tokens().size() <= NlpPipeline.shared().limits().maxSentenceTokens());
        }
        assertEquals(AFTER, doc.sentences().get(1).text());
        assertFalse(doc.sentences().get(1).dependencyParse().edgeListSorted().isEmpty(), "the rest is annotated");
    }

    @Test
    void givesUpOnATextThatTakesLongerThanTheTimeLimitAndLeavesTheThreadUsable() {
        NlpPipeline hasty = NlpPipeline.shared().withLimits(new AnnotationLimits(250, Duration.ofMillis(1)));
        NlpPipeline.shared().load();

        assertThrows(AnnotationTimeoutException.class, () -> hasty.annotate((BEFORE + " " + AFTER + " ").repeat(20)));

        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt that stopped CoreNLP is cleared");
        assertEquals(2, NlpPipeline.shared().annotate(BEFORE + " " + AFTER).sentences().size());
    }

    @Test
    void theSentenceLimitIsPartOfTheVersionAndTheTimeLimitIsNot() {
        NlpPipeline p = NlpPipeline.shared();
        assertNotEquals(p.version(), p.withLimits(new AnnotationLimits(100, Duration.ofMinutes(5))).version());
        assertEquals(p.version(), p.withLimits(new AnnotationLimits(250, Duration.ofSeconds(1))).version());
        assertThrows(IllegalArgumentException.class, () -> new AnnotationLimits(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new AnnotationLimits(10, Duration.ZERO));
    }
}
