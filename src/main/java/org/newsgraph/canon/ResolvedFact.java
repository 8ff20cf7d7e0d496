package org.newsgraph.canon;

import org.newsgraph.extract.Fact;

import java.util.Optional;

/**
 * A fact with its arguments resolved to entities or concepts. An argument that cannot stand in the graph
 * (an unresolved pronoun, a bare date) is empty, and such a fact is printed by {@code extract} but never stored.
 * For reported speech, the speaker is resolved the same way (empty when it cannot be).
 */
public record ResolvedFact(Fact fact, Optional<Ref> subject, Optional<Ref> object, Optional<Ref> speaker) {

    /** A fact in the sentence's own voice, or whose speaker did not resolve. */
    public ResolvedFact(Fact fact, Optional<Ref> subject, Optional<Ref> object) {
        this(fact, subject, object, Optional.empty());
    }

    /** Whether both arguments resolved, so the fact can go into the graph. */
    public boolean storable() {
        return subject.isPresent() && object.isPresent() && !subject.get().equals(object.get());
    }
}
