package org.newsgraph.canon;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Corpus-wide entity resolution: an article's entities, already merged within the article, meet the entities the
 * corpus holds, so that "Lavrov" in a new article takes the key of the stored Sergei Lavrov and a stored "Lavrov"
 * is renamed when the new article names him in full (see {@link CorpusEntities#link}). A link the curation names
 * for any of an entity's names in the corpus wins over the article's own.
 *
 * <p>One resolution follows one run of writes: it reads what the corpus knows on first use and learns every
 * record it resolves, as if that record were stored. When the records are not stored after all,
 * {@link #forget()} drops what it learned.
 */
public final class CorpusResolution {

    /**
     * An article met with the corpus.
     *
     * @param article the article's record, its entities under the corpus's keys
     * @param renamed stored keys to be replaced by a key of this article, before the article is stored
     */
    public record Resolved(ResolvedArticle article, Map<String, String> renamed) {
        public Resolved {
            Objects.requireNonNull(article, "article");
            renamed = Map.copyOf(renamed);
        }
    }

    /** The order in which {@link #resolveAll} meets a batch: by article id, then by text. */
    private static final Comparator<ResolvedArticle> BATCH_ORDER = Comparator
            .comparing((ResolvedArticle r) -> r.extraction().article().id())
            .thenComparing(r -> r.extraction().article().text());

    private final KnownEntities known;
    private final Curation curation;
    private CorpusEntities corpus;

    /** A resolution against what the corpus knows, following the user's corrections. */
    public CorpusResolution(KnownEntities known, Curation curation) {
        this.known = Objects.requireNonNull(known, "known");
        this.curation = Objects.requireNonNull(curation, "curation");
    }

    /** Meets one article with the corpus and everything resolved before it, and learns it. */
    public Resolved resolve(ResolvedArticle local) {
        Resolved resolved = meet(local);
        learn(resolved);
        return resolved;
    }

    /**
     * Meets one article with the corpus and everything learned before it, without learning it: a writer learns
     * the article only once it is sure to store it, so one that fails on the way teaches the corpus nothing.
     */
    public Resolved meet(ResolvedArticle local) {
        Objects.requireNonNull(local, "local");
        CorpusEntities entities = corpus();
        CorpusEntities.Linking linking = entities.link(local.entities());
        ResolvedArticle rekeyed = local.rekeyed(linking.keyOf(), linking.typeOf());
        if (!curation.isEmpty()) {
            // The curation names an entity by any of its names in the corpus, not only this article's.
            rekeyed = rekeyed.linked(e -> {
                Set<String> names = new HashSet<>(e.names());
                names.addAll(entities.names(e.key()));
                return curation.page(names).orElse(e.page());
            });
        }
        return new Resolved(rekeyed, linking.renamed());
    }

    /** Learns an article {@linkplain #meet met} with the corpus, as if it were stored. */
    public void learn(Resolved resolved) {
        Objects.requireNonNull(resolved, "resolved");
        corpus().record(resolved.article().entities(), resolved.renamed());
    }

    /**
     * Meets a whole batch with the corpus, as records from a distributed job arrive in no set order: they are
     * met in order of article id, so the result is the same whatever order the batch came in, and is returned in
     * that order, the order to store them in.
     */
    public List<Resolved> resolveAll(Collection<ResolvedArticle> batch) {
        Objects.requireNonNull(batch, "batch");
        return batch.stream().sorted(BATCH_ORDER).map(this::resolve).toList();
    }

    /** Forgets what the records resolved so far taught; the next resolution reads the corpus anew. */
    public void forget() {
        corpus = null;
    }

    private CorpusEntities corpus() {
        if (corpus == null) {
            CorpusEntities read = new CorpusEntities(curation);
            known.entities().forEach(read::add);
            corpus = read;
        }
        return corpus;
    }
}
