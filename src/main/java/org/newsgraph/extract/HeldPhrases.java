package org.newsgraph.extract;

import java.util.List;

/**
 * Prepositional phrases a verb's object fact already holds. When a verb has a direct object, its prepositional
 * and temporal phrases qualify the action on that object ("made the comment at the start of a hearing", "reduced
 * the duty to 85 cts", "will pay a distribution to holders of record") and the object fact carries them as extras.
 * A second fact from the verb to one of those phrases alone ("made at | the start", "reduced to | 85 cts") loses
 * what was done: it reads as if the subject itself were made, reduced or paid. Such a fact is left out; the
 * statement stays whole in the object fact.
 *
 * <p>Read: facts of one sentence that share the relation's head token and the subject's head token, where one has
 * the other's object head among its extras. Facts without a head verb (OpenIE's nominal "is in") are not touched.
 */
final class HeldPhrases {

    private HeldPhrases() {
    }

    /** Whether another fact on the same verb and subject holds this fact's object as one of its extras. */
    static boolean heldElsewhere(Fact f, List<Fact> sentenceFacts) {
        int verb = f.relation().head();
        if (verb < 0) {
            return false;
        }
        for (Fact g : sentenceFacts) {
            if (g != f && g.relation().head() == verb && g.subject().head() == f.subject().head()
                    && g.object().head() != f.object().head() && g.object().kind() != Argument.Kind.CLAUSE
                    && g.extras().stream().anyMatch(e -> e.head() == f.object().head())) {
                return true;
            }
        }
        return false;
    }
}
