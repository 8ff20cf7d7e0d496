package org.newsgraph.pipeline;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.annotate.AnnotationCache;
import org.newsgraph.annotate.AnnotationLimits;
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
import org.newsgraph.rdf.NG;
import org.newsgraph.text.Digests;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The whole flow for one article, short of storing it: annotate, extract, canonicalize, build its graph.
 */
public final class ArticleProcessor {

    /** What one article became. */
    public record Processed(ResolvedArticle resolved, ArticleGraph graph) {
    }

    private final NlpPipeline nlp;
    private final AnnotationCache annotations;
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
        this(nlp, null, new ArticleGraphs(iris, "newsgraph " + version() + "; " + nlp.version()), linker, curation);
    }

    private ArticleProcessor(NlpPipeline nlp, AnnotationCache annotations, ArticleGraphs graphs, Linker linker,
                             Curation curation) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.annotations = annotations;
        this.graphs = graphs;
        this.linker = linker;
        this.curation = Objects.requireNonNull(curation, "curation");
        this.canonicalizer = new Canonicalizer(curation);
    }

    /**
     * The same processor, taking annotations from this cache and keeping new ones there, so that a text is
     * annotated once per CoreNLP setting whatever else changes.
     */
    public ArticleProcessor withAnnotationCache(AnnotationCache cache) {
        Objects.requireNonNull(cache, "cache");
        if (cache.pipeline() != nlp) {
            throw new IllegalArgumentException("the cache holds another pipeline's annotations");
        }
        return new ArticleProcessor(nlp, cache, graphs, linker, curation);
    }

    /** The annotation cache this processor uses, if any. */
    public Optional<AnnotationCache> annotationCache() {
        return Optional.ofNullable(annotations);
    }

    /**
     * SHA-256 (hex) of the article as read and of how this processor would process it: equal digests mean that
     * processing the article again would store the same graph, so an ingest can leave it alone.
     */
    public String digest(Article article) {
        return Digests.sha256Of(graphs.extractorVersion(), Build.TIME, graphs.iris().base(),
                linker == null ? "no link" : "link", curation.fingerprint(), article.id(), article.title(),
                article.date(), article.url(), article.source(), article.text());
    }

    /**
     * Reads an article into facts and entities, without building its graph. Entities are linked when there is a
     * linker; a link or nolink of the curation wins over the linker's.
     */
    public ResolvedArticle resolve(Article article) {
        CoreDocument doc = annotations == null ? nlp.annotate(article.text()) : annotations.annotate(article.text());
        ResolvedArticle resolved = canonicalizer.resolve(extractor.extract(article, doc));
        if (linker == null && curation.isEmpty()) {
            return resolved;
        }
        Linker.Context context = Linker.Context.of(resolved.entities());
        return resolved.linked(e -> curation.page(e.names())
                .orElseGet(() -> linker == null ? Optional.empty() : linker.link(e, context)));
    }

    /** The limits CoreNLP works within for each article. */
    public AnnotationLimits limits() {
        return nlp.limits();
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
        ArticleGraph graph = graphs.build(resolved);
        graph.graph().add(graph.article(), NG.inputDigest,
                NodeFactory.createLiteralString(digest(resolved.extraction().article())));
        return new Processed(resolved, graph);
    }

    /** How arguments become IRIs, for printing facts without a store. */
    public ArticleGraphs graphs() {
        return graphs;
    }

    /**
     * When the running jar was built (its manifest's {@code Build-Time}), part of every digest: a rebuilt jar may
     * extract or map differently even under the same version number, so its first ingest rebuilds every article
     * (from the cached annotations).
     */
    private static final class Build {
        static final String TIME = time();

        private static String time() {
            try {
                Path location = Path.of(ArticleProcessor.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                if (Files.isRegularFile(location)) {
                    try (JarFile jar = new JarFile(location.toFile())) {
                        return Objects.requireNonNullElse(
                                jar.getManifest().getMainAttributes().getValue("Build-Time"), "unknown");
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown";
            }
            return "classes";
        }
    }

    /** The project version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = ArticleProcessor.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
