package org.newsgraph.bench;

import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.eval.Carb;
import org.newsgraph.eval.CarbExtractions;
import org.newsgraph.eval.CarbResult;
import org.newsgraph.eval.CarbTuple;
import org.newsgraph.eval.GoldReport;
import org.newsgraph.eval.GoldScore;
import org.newsgraph.eval.GoldTargets;
import org.newsgraph.eval.LinkedMentions;
import org.newsgraph.eval.LinkingScore;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.rdf.Iris;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The cost and quality of CoreNLP configurations side by side ({@code bench annotators}): each
 * {@link AnnotatorConfig} is loaded in turn, alone, and measured for load time, heap, sentences per second and the
 * seeds, CaRB and (optionally) linking figures; the result is a Markdown table.
 */
public final class AnnotatorBenchmark {

    /**
     * What every configuration is measured on.
     *
     * @param articles        the folder of seed articles
     * @param seeds           the seeds' gold, ready to score a store
     * @param warmUp          an article annotated once before measuring
     * @param sentences       the CaRB sentences to extract from
     * @param carb            CaRB's gold tuples of those sentences
     * @param linker          the entity linker, or null
     * @param linkingArticles documents to link, empty when linking is not measured
     * @param linkingGold     their gold mentions, or null when linking is not measured
     */
    public record Inputs(Path articles, GoldScore seeds, Article warmUp, List<String> sentences, Carb carb,
                         Linker linker, List<Article> linkingArticles, List<LinkingScore.Mention> linkingGold) {
        public Inputs {
            Objects.requireNonNull(articles, "articles");
            Objects.requireNonNull(seeds, "seeds");
            Objects.requireNonNull(warmUp, "warmUp");
            sentences = List.copyOf(sentences);
            Objects.requireNonNull(carb, "carb");
            linkingArticles = List.copyOf(linkingArticles);
        }
    }

    private final Inputs inputs;

    /** A benchmark on these inputs. */
    public AnnotatorBenchmark(Inputs inputs) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    /**
     * Measures each configuration in turn, holding one pipeline at a time, and prints the table and a note on
     * what was measured; progress goes to stderr.
     *
     * @return whether every configuration could be measured
     */
    public boolean run(List<AnnotatorConfig> configs, PrintStream out) {
        long start = System.nanoTime();
        long heapBefore = Memory.liveHeapAfterGc();
        progress("heap in use before loading any pipeline: " + mb(heapBefore) + " MB");
        List<Row> rows = new ArrayList<>();
        for (AnnotatorConfig c : configs) {
            rows.add(measure(c));
        }
        table(rows, out);
        out.println();
        out.printf(Locale.ROOT, "The seed articles of %s and %d CaRB sentences (%d gold tuples); one thread; heap "
                        + "in use before loading the first pipeline: %d MB; %d cores, max heap %d MB, Java %s; whole "
                        + "run %.0f s. The first row's load time also pays for loading CoreNLP's classes and reading "
                        + "its models cold.%n",
                inputs.articles(), inputs.sentences().size(), inputs.carb().tupleCount(), mb(heapBefore),
                Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()),
                System.getProperty("java.version"), (System.nanoTime() - start) / 1e9);
        return rows.stream().allMatch(r -> r.problem() == null);
    }

    /** What one configuration measured, or why it could not be (loaded: whether its models loaded). */
    private record Row(AnnotatorConfig config, String problem, boolean loaded, double loadSeconds, long heap,
                       NlpPipeline.Usage usage, GoldReport seeds, int seedFailures, CarbResult carb,
                       LinkingScore.Result linking) {

        static Row unavailable(AnnotatorConfig config, Throwable e) {
            return new Row(config, "unavailable: " + reason(e), false, 0, 0, null, null, 0, null, null);
        }

        static Row failed(AnnotatorConfig config, double loadSeconds, long heap, Throwable e) {
            return new Row(config, "failed: " + reason(e), true, loadSeconds, heap, null, null, 0, null, null);
        }
    }

    private Row measure(AnnotatorConfig c) {
        GoldScore seedsScore = inputs.seeds();
        Article warmUp = inputs.warmUp();
        List<String> sentences = inputs.sentences();
        List<LinkingScore.Mention> linkingGoldMentions = inputs.linkingGold();
        Path articles = inputs.articles();
        String name = c.name();
        progress(name + " (" + c.description() + "): loading");
        NlpPipeline nlp = NlpPipeline.create(c.properties());
        double load;
        long heap;
        try {
            // Annotators an earlier pipeline left in CoreNLP's pool would make this one load fast and look small.
            NlpPipeline.emptyAnnotatorPool();
            long heapBefore = Memory.liveHeapAfterGc();
            long t = System.nanoTime();
            nlp.load();
            load = (System.nanoTime() - t) / 1e9;
            heap = Memory.liveHeapAfterGc() - heapBefore;
        } catch (RuntimeException | OutOfMemoryError e) {
            nlp.release();
            progress(name + ": unavailable: " + reason(e));
            return Row.unavailable(c, e);
        }
        try {
            progress(String.format(Locale.ROOT, "%s: loaded in %.1f s, %d MB more heap in use; warming up on %s",
                    name, load, mb(heap), warmUp.id()));
            nlp.annotate(warmUp.text());
            NlpPipeline.Usage before = nlp.usage();
            ArticleProcessor processor = new ArticleProcessor(nlp, Iris.standard(), inputs.linker());
            IngestSummary[] summary = {null};
            GoldReport seeds = seedsScore.scoreIngested(store -> summary[0] = new Ingestion(store, processor,
                    problem -> progress(name + ": skipped " + problem))
                    .run(ArticleSource.of(List.of(articles.toString())), Ingestion.Progress.NONE));
            progress(name + ": seeds: " + summary[0].line());
            List<CarbTuple> tuples = CarbExtractions.ofSentences(sentences, (i, text) -> nlp.annotate(text),
                    done -> {
                        if (done % 50 == 0) {
                            progress(name + ": " + done + " of " + sentences.size() + " CaRB sentences");
                        }
                    });
            NlpPipeline.Usage usage = nlp.usage().since(before);
            CarbResult carbResult = inputs.carb().score(tuples);
            progress(String.format(Locale.ROOT, "%s: %.1f sentences/s; %s", name, usage.sentencesPerSecond(),
                    carbResult.report().lines().findFirst().orElse("")));
            LinkingScore.Result linking = null;
            if (linkingGoldMentions != null) {
                progress(name + ": linking " + inputs.linkingArticles().size() + " documents");
                List<LinkingScore.Mention> found = new ArrayList<>();
                inputs.linkingArticles().forEach(a -> found.addAll(LinkedMentions.of(a.id(), processor.resolve(a))));
                linking = LinkingScore.score(found, linkingGoldMentions);
                progress(name + ": linking " + linking.line());
            }
            return new Row(c, null, true, load, heap, usage, seeds, summary[0].failures(), carbResult, linking);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            progress(name + ": failed: " + reason(e));
            return Row.failed(c, load, heap, e);
        } finally {
            nlp.release();
        }
    }

    private static void table(List<Row> rows, PrintStream out) {
        boolean linking = rows.stream().anyMatch(r -> r.linking() != null);
        List<String> head = new ArrayList<>(List.of("configuration", "change", "load (s)", "heap added by loading (MB)",
                "sentences/s", "alias groups merged", "over-merged", "core facts", "facts", "boilerplate",
                "pronoun arguments", "facts in graph", "seeds targets", "CaRB F1", "CaRB P", "CaRB R", "CaRB AUC"));
        if (linking) {
            head.addAll(List.of("linking F1", "linking P", "linking R"));
        }
        out.println("| " + String.join(" | ", head) + " |");
        out.println("|" + "---|".repeat(head.size()));
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.config().name(), r.config().description()));
            if (r.loaded()) {
                cells.add(String.format(Locale.ROOT, "%.1f", r.loadSeconds()));
                cells.add(String.valueOf(mb(r.heap())));
            }
            if (r.problem() != null) {
                cells.add(r.problem());
            } else {
                GoldReport s = r.seeds();
                CarbResult carb = r.carb();
                List<String> missed = new ArrayList<>(s.targetsMissed(GoldTargets.SEEDS));
                if (r.seedFailures() > 0) {
                    missed.add(0, r.seedFailures() + " articles failed");
                }
                cells.addAll(List.of(String.format(Locale.ROOT, "%.1f", r.usage().sentencesPerSecond()),
                        s.aliasGroupsMerged() + "/" + s.aliasGroups(), String.valueOf(s.overMerged().size()),
                        s.coreFacts() + "/" + s.coreTotal(), s.facts() + "/" + s.factsTotal(),
                        s.boilerplate().size() + "/" + s.boilerplateTotal(),
                        String.valueOf(s.pronounArguments().size()), String.valueOf(s.graphFacts()),
                        missed.isEmpty() ? "met" : "missed: " + String.join("; ", missed),
                        percent(carb.f1()), percent(carb.precision()), percent(carb.recall()), percent(carb.auc())));
                if (linking) {
                    LinkingScore.Result l = r.linking();
                    cells.addAll(List.of(percent(l.f1()), percent(l.precision()), percent(l.recall())));
                }
            }
            while (cells.size() < head.size()) {
                cells.add("");
            }
            out.println("| " + String.join(" | ", cells) + " |");
        }
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f", 100 * fraction);
    }

    /** The first line of what went wrong, and of its deepest cause when that says more. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.toString();
        if (root != e) {
            text += " (cause: " + root + ")";
        }
        return text.lines().findFirst().orElse(text).replace("|", "/");
    }

    private static void progress(String message) {
        System.err.println("bench annotators: " + message);
    }
}
