package org.newsgraph.pipeline;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.canon.Canonicalizer;
import org.newsgraph.canon.Curation;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Linker;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleGraphs;
import org.newsgraph.rdf.Iris;

import java.util.Objects;
import java.util.Optional;

/**
 * The whole flow for one article, short of storing it: annotate, extract, canonicalize, build its graph.
 */
public final class ArticleProcessor {

    /** What one article became. */
    public record Processed(ResolvedArticle resolved, ArticleGraph graph) {
    }

    private final NlpPipeline nlp;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Canonicalizer canonicalizer;
    private final ArticleGraphs graphs;
    private final Linker linker;
    private final Curation curation;

    /** A processor that does not link entities to Wikipedia. */
    public ArticleProcessor(NlpPipeline nlp, Iris iris) {
        this(nlp, iris, null);
    }

    /** A processor that links entities through the linker (none when null). */
    public ArticleProcessor(NlpPipeline nlp, Iris iris, Linker linker) {
        this(nlp, iris, linker, Curation.NONE);
    }

    /** A processor that links entities through the linker (none when null) and follows the user's corrections. */
    public ArticleProcessor(NlpPipeline nlp, Iris iris, Linker linker, Curation curation) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.graphs = new ArticleGraphs(iris, "newsgraph " + version() + "; " + nlp.version());
        this.linker = linker;
        this.curation = Objects.requireNonNull(curation, "curation");
        this.canonicalizer = new Canonicalizer(curation);
    }

    /**
     * Reads an article into facts and entities, without building its graph. Entities are linked when there is a
     * linker; a link or nolink of the curation wins over the linker's.
     */
    public ResolvedArticle resolve(Article article) {
        CoreDocument doc = nlp.annotate(article.text());
        ResolvedArticle resolved = canonicalizer.resolve(extractor.extract(article, doc));
        if (linker == null && curation.isEmpty()) {
            return resolved;
        }
        Linker.Context context = Linker.Context.of(resolved.entities());
        return resolved.linked(e -> curation.page(e.names())
                .orElseGet(() -> linker == null ? Optional.empty() : linker.link(e, context)));
    }

    /** The user's corrections this processor follows. */
    public Curation curation() {
        return curation;
    }

    /** Reads an article and builds its graph. */
    public Processed process(Article article) {
        return build(resolve(article));
    }

    /** Builds the graph of an article already resolved (and perhaps rekeyed to the corpus). */
    public Processed build(ResolvedArticle resolved) {
        return new Processed(resolved, graphs.build(resolved));
    }

    /** How arguments become IRIs, for printing facts without a store. */
    public ArticleGraphs graphs() {
        return graphs;
    }

    /** The project version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = ArticleProcessor.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
