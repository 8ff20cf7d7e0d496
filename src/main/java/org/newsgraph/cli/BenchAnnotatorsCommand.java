package org.newsgraph.cli;

import org.newsgraph.bench.AnnotatorBenchmark;
import org.newsgraph.bench.AnnotatorConfig;
import org.newsgraph.eval.Carb;
import org.newsgraph.eval.CarbFiles;
import org.newsgraph.eval.GoldScore;
import org.newsgraph.eval.GoldSet;
import org.newsgraph.eval.LinkingScore;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.AsIsDocuments;
import org.newsgraph.ingest.ReadResult;
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
import java.util.Set;
import java.util.concurrent.Callable;

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

    /** The configuration names, for the help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return AnnotatorConfig.names().iterator();
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

    @Override
    public Integer call() throws IOException {
        List<AnnotatorConfig> chosen = chosenConfigs();
        if ((linkingDocs == null) != (linkingGold == null)) {
            throw new ParameterException(spec.commandLine(), "--linking-docs and --linking-gold go together");
        }
        for (Path p : new Path[] {seedsGold, carbGold, linkingDocs, linkingGold}) {
            if (p != null && !Files.isReadable(p)) {
                System.err.println("newsgraph: cannot read " + p);
                return 2;
            }
        }
        GoldScore seedsScore = new GoldScore(GoldSet.read(seedsGold));
        Article warmUp = firstArticle();
        if (warmUp == null) {
            System.err.println("newsgraph: no readable article in " + articles);
            return 2;
        }
        List<String> sentences = CarbFiles.goldSentences(carbGold);
        if (carbSentences != null) {
            sentences = sentences.subList(0, Math.max(0, Math.min(carbSentences, sentences.size())));
        }
        Set<String> kept = Set.copyOf(sentences);
        Carb carb = new Carb(CarbFiles.readGold(carbGold).stream().filter(t -> kept.contains(t.sentence())).toList());
        List<LinkingScore.Mention> linkingGoldMentions =
                linkingGold == null ? null : LinkingScore.readGold(linkingGold);
        List<Article> linkingArticles = new ArrayList<>();
        if (linkingDocs != null) {
            AsIsDocuments.read(List.of(linkingDocs.toString()), ArticleSource.DEFAULT_MAX_CHARS,
                    linkingArticles::add, Newsgraph::skipped);
        }
        AnnotatorBenchmark.Inputs inputs = new AnnotatorBenchmark.Inputs(articles, seedsScore, warmUp, sentences,
                carb, link.linker(), linkingArticles, linkingGoldMentions);
        boolean all = new AnnotatorBenchmark(inputs).run(chosen,
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
        return all ? 0 : Newsgraph.SOME_FAILED;
    }

    private List<AnnotatorConfig> chosenConfigs() {
        if (configs == null || configs.isEmpty()) {
            return AnnotatorConfig.CONFIGS.stream().filter(c -> !c.onRequestOnly()).toList();
        }
        Set<String> names = new LinkedHashSet<>(configs);
        List<AnnotatorConfig> out = new ArrayList<>();
        for (String name : names) {
            out.add(AnnotatorConfig.CONFIGS.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown configuration '" + name
                            + "'; known: " + String.join(", ", AnnotatorConfig.names()))));
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
}
