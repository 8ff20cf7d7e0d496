package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one place that configures and runs Stanford CoreNLP.
 *
 * <p>Loading the models takes 15–20 s and about 1.6 GB of heap, so a JVM should hold one pipeline and share it;
 * {@link #shared()} does that. {@link #annotate} is safe to call from several threads at once.
 */
public final class NlpPipeline {

    /** Annotators newsgraph needs: NER for entities, dependencies and OpenIE for facts, coreference for pronouns. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,natlog,openie";

    private static volatile NlpPipeline shared;

    private final String version;
    private final StanfordCoreNLP corenlp;

    private NlpPipeline(Properties properties) {
        this.version = "CoreNLP 4.5.10, settings " + Integer.toHexString(new TreeMap<>(properties).toString().hashCode());
        this.corenlp = new StanfordCoreNLP(properties);
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

    /** The JVM-wide default pipeline, loaded on first use. */
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
        corenlp.annotate(doc);
        return doc;
    }

    /** A short, stable name of the configuration, recorded with every fact as part of the extractor version. */
    public String version() {
        return version;
    }
}
