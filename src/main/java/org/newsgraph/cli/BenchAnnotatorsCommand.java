package org.newsgraph.cli;

import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.bench.Memory;
import org.newsgraph.eval.Carb;
import org.newsgraph.eval.CarbExtractions;
import org.newsgraph.eval.CarbResult;
import org.newsgraph.eval.CarbTuple;
import org.newsgraph.eval.LinkedMentions;
import org.newsgraph.eval.LinkingScore;
import org.newsgraph.eval.SeedsGold;
import org.newsgraph.eval.SeedsReport;
import org.newsgraph.eval.SeedsScore;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.AsIsDocuments;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code newsgraph bench annotators}: what each CoreNLP annotator and option costs (loading, memory, speed) against
 * what it adds on the seeds gold and CaRB, one configuration at a time, printed as a Markdown table.
 */
@Command(name = "annotators", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "For each configuration of CoreNLP (newsgraph's default settings with one thing changed), loads a "
                        + "pipeline, then measures: seconds to load the models; the heap loading added (in use after "
                        + "a full GC, less what was in use before); sentences per second of annotating, one thread, "
                        + "after a warm-up on the first seed article, only CoreNLP's annotate timed, over the seed "
                        + "articles and the CaRB sentences; the seeds figures of `eval seeds` (the articles "
                        + "ingested into a temporary store, linked unless --no-link); CaRB precision, recall, F1 and "
                        + "AUC as `eval carb` scores them; with --linking-docs and --linking-gold, the linking score "
                        + "of `eval linking`.",
                "One pipeline is held at a time (each takes 2-5 GB of heap): it is released before the next "
                        + "loads. Prints a Markdown table to stdout, progress to stderr. A configuration that "
                        + "cannot load (a missing model) or fails gets a row saying why, and the run goes on.",
                "Exit status: 0 when every configuration was measured, 1 when some could not be, 2 on bad usage "
                        + "or unreadable gold.",
                "Example (all but coref-neural; 15-25 minutes on two cores): java -Xmx8g -jar "
                        + "target/newsgraph.jar bench annotators > annotators.md"})
final class BenchAnnotatorsCommand implements Callable<Integer> {

    /** One configuration: newsgraph's default properties with one thing changed. */
    record Config(String name, boolean onRequestOnly, Consumer<Properties> change) {

        Properties properties() {
            Properties p = NlpPipeline.defaultProperties();
            change.accept(p);
            return p;
        }
    }

    static final List<Config> CONFIGS = List.of(
            new Config("default", false, p -> { }),
            new Config("coref-none", false, p -> withoutAnnotators(p, "coref")),
            new Config("coref-fastneural", false, p -> p.setProperty("coref.algorithm", "fastneural")),
            // Neural coreference needs constituency trees (parse), not only dependencies; 20-36 s an article.
            new Config("coref-neural", true, p -> {
                p.setProperty("annotators", p.getProperty("annotators").replace("depparse", "parse"));
                p.setProperty("coref.algorithm", "neural");
            }),
            new Config("sutime-on", false, p -> {
                p.setProperty("ner.useSUTime", "true");
                p.setProperty("ner.applyNumericClassifiers", "true");
            }),
            new Config("ner-fine-off", false, p -> p.setProperty("ner.applyFineGrained", "false")),
            // One CRF instead of three (3class, 7class MUC, 4class CoNLL): no MISC, DATE, MONEY, PERCENT, TIME.
            new Config("ner-3class", false, p -> p.setProperty("ner.model",
                    "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz")),
            new Config("openie-off", false, p -> withoutAnnotators(p, "natlog", "openie")));

    /** The configuration names, for the help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CONFIGS.stream().map(Config::name).iterator();
        }
    }

    @Option(names = "--seeds-gold", paramLabel = "FILE", defaultValue = "../shared/eval/seeds/gold.tsv",
            description = "Seeds gold file (default: ${DEFAULT-VALUE}).")
    Path seedsGold;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "../shared/mission/seeds",
            description = "The seed articles (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--carb-gold", paramLabel = "FILE", defaultValue = "../shared/eval/carb-dev/dev_gold.tsv",
            description = "CaRB gold tuples; its sentences, in file order, are the ones annotated "
                    + "(default: ${DEFAULT-VALUE}).")
    Path carbGold;

    @Option(names = "--carb-sentences", paramLabel = "N",
            description = "Use only the first N CaRB sentences, and score against their gold tuples only "
                    + "(default: all).")
    Integer carbSentences;

    @Option(names = "--config", paramLabel = "NAME", completionCandidates = Names.class,
            description = "A configuration to measure; repeatable, in the order given. One of: "
                    + "${COMPLETION-CANDIDATES}. Default: all but coref-neural (which needs the constituency "
                    + "parser and takes 20-36 s an article).")
    List<String> configs;

    @Option(names = "--linking-docs", paramLabel = "FILE",
            description = "Also score entity linking as `eval linking` does, on these documents (JSON Lines); "
                    + "needs --linking-gold. Not counted in sentences/s.")
    Path linkingDocs;

    @Option(names = "--linking-gold", paramLabel = "FILE", description = "Gold mentions for --linking-docs.")
    Path linkingGold;

    @Mixin
    LinkOptions link;

    @Spec
    CommandSpec spec;

    /** What one configuration measured, or why it could not be (loaded: whether its models loaded). */
    private record Row(Config config, String problem, boolean loaded, double loadSeconds, long heap,
                       NlpPipeline.Usage usage, SeedsReport seeds, int seedFailures, CarbResult carb,
                       LinkingScore.Result linking) {

        static Row unavailable(Config config, Throwable e) {
            return new Row(config, "unavailable: " + reason(e), false, 0, 0, null, null, 0, null, null);
        }

        static Row failed(Config config, double loadSeconds, long heap, Throwable e) {
            return new Row(config, "failed: " + reason(e), true, loadSeconds, heap, null, null, 0, null, null);
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Config> chosen = chosenConfigs();
        if ((linkingDocs == null) != (linkingGold == null)) {
            throw new ParameterException(spec.commandLine(), "--linking-docs and --linking-gold go together");
        }
        for (Path p : new Path[] {seedsGold, carbGold, linkingDocs, linkingGold}) {
            if (p != null && !Files.isReadable(p)) {
                System.err.println("newsgraph: cannot read " + p);
                return 2;
            }
        }
        SeedsScore seedsScore = new SeedsScore(SeedsGold.read(seedsGold));
        Article warmUp = firstArticle();
        if (warmUp == null) {
            System.err.println("newsgraph: no readable article in " + articles);
            return 2;
        }
        List<String> sentences = Carb.goldSentences(carbGold);
        if (carbSentences != null) {
            sentences = sentences.subList(0, Math.max(0, Math.min(carbSentences, sentences.size())));
        }
        Set<String> kept = Set.copyOf(sentences);
        Carb carb = new Carb(Carb.readGold(carbGold).stream().filter(t -> kept.contains(t.sentence())).toList());
        List<LinkingScore.Mention> linkingGoldMentions =
                linkingGold == null ? null : LinkingScore.readGold(linkingGold);
        List<Article> linkingArticles = new ArrayList<>();
        if (linkingDocs != null) {
            AsIsDocuments.read(List.of(linkingDocs.toString()), ArticleSource.DEFAULT_MAX_CHARS,
                    linkingArticles::add, Newsgraph::skipped);
        }
        Linker linker = link.linker();

        long start = System.nanoTime();
        long heapBefore = Memory.liveHeapAfterGc();
        progress("heap in use before loading any pipeline: " + mb(heapBefore) + " MB");
        List<Row> rows = new ArrayList<>();
        for (Config c : chosen) {
            rows.add(measure(c, seedsScore, warmUp, sentences, carb, linker, linkingArticles,
                    linkingGoldMentions));
        }

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        table(rows, out);
        out.println();
        out.printf(Locale.ROOT, "The seed articles of %s and %d CaRB sentences (%d gold tuples); one thread; heap "
                        + "in use before loading the first pipeline: %d MB; %d cores, max heap %d MB, Java %s; whole "
                        + "run %.0f s. The first row's load time also pays for loading CoreNLP's classes and reading "
                        + "its models cold.%n",
                articles, sentences.size(), carb.tupleCount(), mb(heapBefore),
                Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()),
                System.getProperty("java.version"), (System.nanoTime() - start) / 1e9);
        return rows.stream().allMatch(r -> r.problem() == null) ? 0 : Newsgraph.SOME_FAILED;
    }

    private List<Config> chosenConfigs() {
        if (configs == null || configs.isEmpty()) {
            return CONFIGS.stream().filter(c -> !c.onRequestOnly()).toList();
        }
        Set<String> names = new LinkedHashSet<>(configs);
        List<Config> out = new ArrayList<>();
        for (String name : names) {
            out.add(CONFIGS.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown configuration '" + name
                            + "'; known: " + CONFIGS.stream().map(Config::name).collect(Collectors.joining(", ")))));
        }
        return out;
    }

    private Article firstArticle() {
        Article[] first = {null};
        ArticleSource.of(List.of(articles.toString())).forEach(r -> {
            if (first[0] == null && r instanceof ReadResult.Read read) {
                first[0] = read.article();
            }
        });
        return first[0];
    }

    private Row measure(Config c, SeedsScore seedsScore, Article warmUp, List<String> sentences, Carb carb,
                        Linker linker, List<Article> linkingArticles, List<LinkingScore.Mention> linkingGoldMentions) {
        String name = c.name();
        progress(name + " (" + change(c) + "): loading");
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
            ArticleProcessor processor = new ArticleProcessor(nlp, Iris.standard(), linker);
            IngestSummary[] summary = {null};
            SeedsReport seeds = seedsScore.scoreIngested(store -> summary[0] = new Ingestion(store, processor,
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
            CarbResult carbResult = carb.score(tuples);
            progress(String.format(Locale.ROOT, "%s: %.1f sentences/s; %s", name, usage.sentencesPerSecond(),
                    carbResult.report().lines().findFirst().orElse("")));
            LinkingScore.Result linking = null;
            if (linkingGoldMentions != null) {
                progress(name + ": linking " + linkingArticles.size() + " documents");
                List<LinkingScore.Mention> found = new ArrayList<>();
                linkingArticles.forEach(a -> found.addAll(LinkedMentions.of(a.id(), processor.resolve(a))));
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

    private void table(List<Row> rows, PrintStream out) {
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
            List<String> cells = new ArrayList<>(List.of(r.config().name(), change(r.config())));
            if (r.loaded()) {
                cells.add(String.format(Locale.ROOT, "%.1f", r.loadSeconds()));
                cells.add(String.valueOf(mb(r.heap())));
            }
            if (r.problem() != null) {
                cells.add(r.problem());
            } else {
                SeedsReport s = r.seeds();
                CarbResult carb = r.carb();
                List<String> missed = new ArrayList<>(s.targetsMissed());
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

    /** What a configuration changes from the default, in properties. */
    static String change(Config c) {
        Properties base = NlpPipeline.defaultProperties();
        Properties p = c.properties();
        Set<String> keys = new TreeSet<>(base.stringPropertyNames());
        keys.addAll(p.stringPropertyNames());
        List<String> changes = new ArrayList<>();
        for (String key : keys) {
            String was = base.getProperty(key);
            String is = p.getProperty(key);
            if (Objects.equals(was, is)) {
                continue;
            }
            if (key.equals("annotators")) {
                List<String> before = List.of(was.split(","));
                List<String> after = List.of(is.split(","));
                StringBuilder sb = new StringBuilder("annotators");
                before.stream().filter(a -> !after.contains(a)).forEach(a -> sb.append(" -").append(a));
                after.stream().filter(a -> !before.contains(a)).forEach(a -> sb.append(" +").append(a));
                changes.add(sb.toString());
            } else {
                changes.add(key + "=" + (is == null ? "(unset)" : is));
            }
        }
        return changes.isEmpty() ? "as shipped" : "`" + String.join("`, `", changes) + "`";
    }

    private static void withoutAnnotators(Properties p, String... names) {
        List<String> annotators = new ArrayList<>(List.of(p.getProperty("annotators").split(",")));
        annotators.removeAll(List.of(names));
        p.setProperty("annotators", String.join(",", annotators));
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
