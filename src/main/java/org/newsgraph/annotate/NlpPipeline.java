package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one place that configures and runs Stanford CoreNLP.
 *
 * <p>Loading the models takes 15–20 s and about 1.6 GB of heap, so a JVM should hold one pipeline and share it;
 * {@link #shared()} does that. The models are loaded on the first {@link #annotate}, so a run that finds every
 * annotation in the {@link AnnotationCache} never loads them. {@link #annotate} is safe to call from several
 * threads at once.
 */
public final class NlpPipeline {

    /** Annotators newsgraph needs: NER for entities, dependencies and OpenIE for facts, coreference for pronouns. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,natlog,openie";

    /**
     * Annotators of the CoreNLP entity-linking baseline, as CoreNLP documents {@code entitylink}: its
     * WikidictAnnotator looks each NER mention up in Wikipedia's dictionary of names (the kbp models jar).
     */
    public static final String ENTITY_LINK_BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,entitylink";

    private static volatile NlpPipeline shared;

    private final String version;
    private final Properties properties;
    private volatile StanfordCoreNLP corenlp;
    private final LongAdder documents = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    private NlpPipeline(Properties properties) {
        this.version = "CoreNLP 4.5.10, settings " + Integer.toHexString(new TreeMap<>(properties).toString().hashCode());
        this.properties = properties;
    }

    /** The default configuration, see {@link #defaultProperties()}. */
    public static NlpPipeline create() {
        return create(defaultProperties());
    }

    /** A pipeline with exactly these CoreNLP properties. */
    public static NlpPipeline create(Properties properties) {
        Objects.requireNonNull(properties, "properties");
        Properties copy = new Properties();
        copy.putAll(properties);
        return new NlpPipeline(copy);
    }

    /** The JVM-wide default pipeline; its models are loaded when it first annotates. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = create();
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * The JVM-wide CoreNLP entity-linking baseline ({@link #entityLinkBaselineProperties()}), loaded on first use.
     * Loading reads the whole Wikipedia dictionary into memory: about 3.4 GB of heap and 30–80 s.
     */
    public static NlpPipeline entityLinkBaseline() {
        return BaselineHolder.PIPELINE;
    }

    /**
     * CoreNLP's own entity linking with CoreNLP's defaults otherwise, so that it is measured as its users get it;
     * none of newsgraph's settings apply. Links are set on the entity mentions
     * ({@code CoreEntityMention.entity()}, i.e. {@code CoreAnnotations.WikipediaEntityAnnotation}).
     */
    public static Properties entityLinkBaselineProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", ENTITY_LINK_BASELINE_ANNOTATORS);
        return p;
    }

    /**
     * The default settings, chosen from the measurements in the project notes.
     * Paragraphs arrive separated by blank lines, so a blank line ends a sentence and a single newline does not.
     * OpenIE's entailed fragments are stripped because they hold ~97 % of an annotated document's memory.
     * Coreference is resolved by newsgraph itself (pronoun arguments only), not by OpenIE's text substitution.
     */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.additional.tokensregex.rules", "org/newsgraph/annotate/names.rules");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("openie.resolve_coref", "false");
        p.setProperty("openie.strip_entailments", "true");
        return p;
    }

    /** Annotates a text with every configured annotator. */
    public CoreDocument annotate(String text) {
        Objects.requireNonNull(text, "text");
        CoreDocument doc = new CoreDocument(text);
        StanfordCoreNLP c = corenlp();
        long start = System.nanoTime();
        c.annotate(doc);
        nanos.add(System.nanoTime() - start);
        documents.increment();
        sentences.add(doc.sentences() == null ? 0 : doc.sentences().size());
        return doc;
    }

    /**
     * What {@link #annotate} has done so far: documents, sentences and the time spent annotating them (summed over
     * threads; loading the models is not counted).
     */
    public Usage usage() {
        return new Usage(documents.sum(), sentences.sum(), nanos.sum());
    }

    /** Work done by {@link #annotate}: documents and sentences annotated and the nanoseconds it took. */
    public record Usage(long documents, long sentences, long nanos) {

        /** The work done since an earlier reading. */
        public Usage since(Usage earlier) {
            return new Usage(documents - earlier.documents, sentences - earlier.sentences, nanos - earlier.nanos);
        }

        /** Sentences per second of annotating (0 when nothing was annotated). */
        public double sentencesPerSecond() {
            return nanos == 0 ? 0 : sentences / (nanos / 1e9);
        }
    }

    /** Loads the models, if not yet loaded; {@link #annotate} does so on first use. */
    public NlpPipeline load() {
        corenlp();
        return this;
    }

    /**
     * Lets go of the loaded models so that the garbage collector can reclaim them; the next {@link #annotate} loads
     * them again. Also {@linkplain #emptyAnnotatorPool() empties CoreNLP's annotator pool}, which would keep them
     * alive.
     */
    public void release() {
        synchronized (this) {
            corenlp = null;
        }
        emptyAnnotatorPool();
    }

    /**
     * Empties the JVM-wide pool where CoreNLP keeps every annotator it loads, so that a later pipeline with the
     * same settings for an annotator loads it afresh instead of sharing it. Pipelines already loaded keep theirs.
     * For a JVM that loads one pipeline after another to measure each (a benchmark), not for one that shares a
     * pipeline.
     */
    public static void emptyAnnotatorPool() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    private StanfordCoreNLP corenlp() {
        StanfordCoreNLP c = corenlp;
        if (c == null) {
            synchronized (this) {
                c = corenlp;
                if (c == null) {
                    c = new StanfordCoreNLP(properties);
                    corenlp = c;
                }
            }
        }
        return c;
    }

    /** A short, stable name of the configuration, recorded with every fact as part of the extractor version. */
    public String version() {
        return version;
    }

    /** Holds the baseline so that it is loaded once, on first use (class initialisation is lazy and thread-safe). */
    private static final class BaselineHolder {
        static final NlpPipeline PIPELINE = create(entityLinkBaselineProperties());
    }
}
