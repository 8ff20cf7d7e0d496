package org.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one place that configures and runs Stanford CoreNLP.
 *
 * <p>Loading the models takes 15–20 s and about 1.6 GB of heap, so a JVM should hold one pipeline and share it;
 * {@link #shared()} does that. The models are loaded on the first {@link #annotate}, so a run that finds every
 * annotation in the {@link AnnotationCache} never loads them. {@link #annotate} is safe to call from several
 * threads at once.
 *
 * <p>Every text is annotated within {@link AnnotationLimits}: too long a sentence is left out, too long a text is
 * abandoned. {@link #withLimits} gives the same loaded models under other limits.
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

    /** Interrupts annotations that run past their time limit; a daemon, so it never keeps a JVM alive. */
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-nlp-time-limit");
        t.setDaemon(true);
        return t;
    });

    private final Models models;
    private final AnnotationLimits limits;
    private final String version;

    private NlpPipeline(Models models, AnnotationLimits limits) {
        this.models = models;
        this.limits = limits;
        TreeMap<Object, Object> settings = new TreeMap<>(models.properties);
        settings.put("newsgraph.maxSentenceTokens", limits.maxSentenceTokens());
        settings.put("newsgraph.wireMarks", "blanked, tickers with exchange suffixes");
        settings.put("newsgraph.rules", models.rulesDigest);
        this.version = "CoreNLP 4.5.10, settings " + Integer.toHexString(settings.toString().hashCode());
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
        return new NlpPipeline(new Models(copy), AnnotationLimits.DEFAULT);
    }

    /**
     * This pipeline under other limits, sharing its models (loaded once for both) and its {@link #usage()}. The
     * sentence limit changes what is annotated, so it is part of the {@link #version()}; the time limit is not.
     */
    public NlpPipeline withLimits(AnnotationLimits newLimits) {
        return new NlpPipeline(models, Objects.requireNonNull(newLimits, "newLimits"));
    }

    /** The limits every {@link #annotate} keeps to. */
    public AnnotationLimits limits() {
        return limits;
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

    /**
     * Annotates a text with every configured annotator. A sentence of more than
     * {@link AnnotationLimits#maxSentenceTokens()} tokens is not annotated: its characters are blanked (spaces, line
     * ends kept) in the document's text, so every offset still points into {@code text} and a comparison of the
     * two texts finds them again (outside every sentence). A wire's company marks and tickers are blanked too
     * ({@link WireMarks}), inside sentences.
     *
     * @throws AnnotationTimeoutException when annotating takes longer than {@link AnnotationLimits#maxTime()}
     */
    public CoreDocument annotate(String text) {
        Objects.requireNonNull(text, "text");
        Pipelines m = models.loaded();
        long start = System.nanoTime();
        TimeLimit limit = new TimeLimit(limits.maxTime());
        Annotation annotation = null;
        RuntimeInterruptedException interrupted = null;
        try {
            annotation = m.annotate(WireMarks.blanked(text), limits.maxSentenceTokens());
        } catch (RuntimeInterruptedException e) {
            interrupted = e;
        } finally {
            limit.end();
        }
        if (limit.passed()) {
            // Also when CoreNLP finished, only later: the limit does not depend on where CoreNLP checks for it.
            throw new AnnotationTimeoutException(limits.maxTime());
        }
        if (interrupted != null) {
            throw interrupted;
        }
        models.nanos.add(System.nanoTime() - start);
        models.documents.increment();
        CoreDocument doc = new CoreDocument(annotation);
        models.sentences.add(doc.sentences() == null ? 0 : doc.sentences().size());
        return doc;
    }

    /**
     * What {@link #annotate} has done so far: documents, sentences and the time spent annotating them (summed over
     * threads; loading the models is not counted).
     */
    public Usage usage() {
        return new Usage(models.documents.sum(), models.sentences.sum(), models.nanos.sum());
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
        models.loaded();
        return this;
    }

    /**
     * Lets go of the loaded models so that the garbage collector can reclaim them; the next {@link #annotate} loads
     * them again. Also {@linkplain #emptyAnnotatorPool() empties CoreNLP's annotator pool}, which would keep them
     * alive.
     */
    public void release() {
        models.release();
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

    /** A short, stable name of the configuration, recorded with every fact as part of the extractor version. */
    public String version() {
        return version;
    }

    /** One configuration: its properties, its pipelines once loaded, and the work they have done. */
    private static final class Models {
        private static final List<String> SPLITTING = List.of("tokenize", "cleanxml", "docdate", "ssplit");

        final Properties properties;
        /** The content of the rule files the properties name, read once: every limit's version holds it. */
        final String rulesDigest;
        final LongAdder documents = new LongAdder();
        final LongAdder sentences = new LongAdder();
        final LongAdder nanos = new LongAdder();
        private volatile Pipelines pipelines;

        Models(Properties properties) {
            this.properties = properties;
            this.rulesDigest = RuleFiles.digest(properties);
        }

        /** The pipelines, loaded now if they are not yet. */
        Pipelines loaded() {
            Pipelines p = pipelines;
            if (p == null) {
                synchronized (this) {
                    p = pipelines;
                    if (p == null) {
                        p = load();
                        pipelines = p;
                    }
                }
            }
            return p;
        }

        private Pipelines load() {
            List<String> all = Arrays.stream(properties.getProperty("annotators", "").split(","))
                    .map(String::strip).filter(a -> !a.isEmpty()).toList();
            if (all.isEmpty()) {
                throw new IllegalArgumentException("no annotators configured");
            }
            // 0 when there is no ssplit, or something else runs before it.
            int split = all.indexOf("ssplit") + 1;
            if (!SPLITTING.containsAll(all.subList(0, split))) {
                split = 0;
            }
            return new Pipelines(split == 0 ? null : pipeline(all.subList(0, split), true),
                    split == all.size() ? null : pipeline(all.subList(split, all.size()), split == 0));
        }

        private StanfordCoreNLP pipeline(List<String> annotators, boolean enforceRequirements) {
            Properties p = new Properties();
            p.putAll(properties);
            p.setProperty("annotators", String.join(",", annotators));
            return new StanfordCoreNLP(p, enforceRequirements);
        }

        synchronized void release() {
            pipelines = null;
        }
    }

    /**
     * The loaded CoreNLP pipelines of one configuration: the tokenizer and sentence splitter, then the other
     * annotators, so that sentences are measured before the costly annotators see them. Either may be absent.
     */
    private record Pipelines(StanfordCoreNLP splitter, StanfordCoreNLP rest) {

        Annotation annotate(String text, int maxSentenceTokens) {
            Annotation annotation = new Annotation(text);
            if (splitter != null) {
                splitter.annotate(annotation);
                String blanked = blankLongSentences(text, annotation, maxSentenceTokens);
                if (blanked != null) {
                    annotation = new Annotation(blanked);
                    splitter.annotate(annotation);
                }
            }
            if (rest != null) {
                rest.annotate(annotation);
            }
            return annotation;
        }

        /** The text with its sentences of more than {@code max} tokens blanked, or null when there are none. */
        private static String blankLongSentences(String text, Annotation annotation, int max) {
            List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
            if (sentences == null) {
                return null;
            }
            char[] chars = null;
            for (CoreMap sentence : sentences) {
                List<?> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens != null && tokens.size() > max) {
                    chars = chars == null ? text.toCharArray() : chars;
                    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    for (int i = begin; i < end; i++) {
                        if (chars[i] != '\n') {
                            chars[i] = ' ';
                        }
                    }
                }
            }
            return chars == null ? null : new String(chars);
        }
    }

    /**
     * Interrupts the annotating thread when the limit passes. CoreNLP checks for interruption between annotators and
     * sentences and throws {@link RuntimeInterruptedException}.
     */
    private static final class TimeLimit {
        private final Thread thread = Thread.currentThread();
        private final ScheduledFuture<?> alarm;
        private boolean done;
        private boolean fired;

        TimeLimit(java.time.Duration limit) {
            this.alarm = ALARMS.schedule(this::fire, limit.toNanos(), TimeUnit.NANOSECONDS);
        }

        private synchronized void fire() {
            if (!done) {
                fired = true;
                thread.interrupt();
            }
        }

        /** Ends the limit, clearing the interrupt it caused if it passed. */
        void end() {
            alarm.cancel(false);
            synchronized (this) {
                if (!done && fired) {
                    Thread.interrupted();
                }
                done = true;
            }
        }

        /** Whether the limit passed before it ended. */
        synchronized boolean passed() {
            return fired;
        }
    }

    /** Holds the baseline so that it is loaded once, on first use (class initialisation is lazy and thread-safe). */
    private static final class BaselineHolder {
        static final NlpPipeline PIPELINE = create(entityLinkBaselineProperties());
    }
}
