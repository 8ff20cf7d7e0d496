package org.newsgraph.canon;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves an article within itself: its names merged into entities ({@link NameMerging}), each fact's arguments
 * resolved to an entity or concept ({@link Concepts}; a capital that acts is its country, {@link Governments}),
 * and the facts the graph should not hold left out or corrected ({@link FactFilter}). A {@link Curation} overrides the merging: names it declares different are never
 * merged, names it declares the same always are.
 */
public final class Canonicalizer {

    private final NameMerging nameMerging;

    /** A canonicalizer with no user corrections. */
    public Canonicalizer() {
        this(Curation.NONE);
    }

    /** A canonicalizer that follows the user's corrections. */
    public Canonicalizer(Curation curation) {
        this.nameMerging = new NameMerging(Objects.requireNonNull(curation, "curation"));
    }

    /** Resolves one article. */
    public ResolvedArticle resolve(Extraction extraction) {
        NameMerging.Merged merged = nameMerging.merge(extraction.mentions(), extraction.article().text());
        List<Entity> entities = merged.entities();
        Map<String, EntityType> typeOf = new HashMap<>();
        entities.forEach(e -> typeOf.put(e.key(), e.type()));
        Concepts concepts = new Concepts(extraction.mentions(), merged);
        Map<String, Entity> byKey = new LinkedHashMap<>();
        entities.forEach(e -> byKey.put(e.key(), e));
        Map<String, Entity> governments = new LinkedHashMap<>();
        Governments acting = new Governments(byKey, governments);
        List<ResolvedFact> facts = new ArrayList<>();
        for (Fact f : extraction.facts()) {
            if (!FactFilter.trusted(f)) {
                continue;
            }
            Optional<Ref> speaker = f.attributedTo() == null ? Optional.empty()
                    : acting.speaker(f.attributedTo(), concepts.ref(f.attributedTo()));
            String lemma = f.relation().lemma();
            Optional<Ref> subject = concepts.argumentRef(f.subject(), lemma, speaker, f.sentence(), true);
            Optional<Ref> object = concepts.argumentRef(f.object(), lemma, speaker, f.sentence(), false);
            facts.add(FactFilter.placedOrKept(new ResolvedFact(f, acting.subject(f, subject), object, speaker),
                    typeOf));
        }
        facts = FactFilter.variantsDropped(facts);
        entities.addAll(governments.values());
        entities.addAll(NameMerging.countriesNamedOnlyByDemonym(entities, facts));
        Map<String, String> capitals = acting.capitalsActingThroughout(extraction.mentions(), merged.entityOfMention(),
                extraction.article().text());
        return new ResolvedArticle(extraction, entities, merged.entityOfMention(), facts).rekeyed(capitals);
    }
}
