package org.newsgraph.cli;

import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.eval.BaselineMentions;
import org.newsgraph.eval.LinkedMentions;
import org.newsgraph.eval.LinkingScore;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.AsIsDocuments;
import org.newsgraph.pipeline.ArticleProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code newsgraph eval linking}: end-to-end entity linking against gold mentions. */
@Command(name = "linking", mixinStandardHelpOptions = true,
        description = {"Runs newsgraph (NER, merging names into entities, linking entities) on each document of a "
                + "JSON Lines file ({\"doc_id\", \"text\"}) and scores its mentions against the gold: a mention "
                + "counts when its span equals a gold span and its link names the same DBpedia resource; micro "
                + "precision over linked mentions, recall over gold mentions with a resource.",
                "With --baseline it also runs CoreNLP's own entity linking (annotators "
                        + NlpPipeline.ENTITY_LINK_BASELINE_ANNOTATORS + ", CoreNLP's defaults) on the same "
                        + "documents and prints its score, by the same measure, on a second line.",
                "Example: newsgraph eval linking --docs ../shared/eval/entity-linking-dev/MSNBC.docs.jsonl "
                        + "--gold ../shared/eval/entity-linking-dev/MSNBC.gold.tsv"})
final class EvalLinkingCommand implements Callable<Integer> {

    @Option(names = "--docs", paramLabel = "FILE", required = true, description = "Documents, JSON Lines.")
    Path docs;

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "Gold mentions: doc_id begin end surface dbpedia_uri orig_ref (TSV with a header).")
    Path gold;

    @Option(names = "--baseline", description = "Also score CoreNLP's entitylink annotator; it needs about 4 GB "
            + "more heap (java -Xmx12g) and up to a minute more to load.")
    boolean baseline;

    @Mixin
    NlpOptions options;

    @Override
    public Integer call() throws IOException {
        List<LinkingScore.Mention> goldMentions = LinkingScore.readGold(gold);
        List<Article> articles = new ArrayList<>();
        // As is: ingest's text cleaning would move the offsets the gold refers to.
        int failed = AsIsDocuments.read(List.of(docs.toString()), options.maxChars, articles::add, Newsgraph::skipped);
        ArticleProcessor processor = new ArticleProcessor(options.nlp(), options.iris(), options.linker());
        score("newsgraph", articles, goldMentions, a -> LinkedMentions.of(a.id(), processor.resolve(a)));
        if (baseline) {
            System.err.println("newsgraph: loading CoreNLP entitylink (about 3.4 GB of heap, up to a minute)");
            NlpPipeline corenlp = NlpPipeline.entityLinkBaseline();
            score("CoreNLP entitylink", articles, goldMentions,
                    a -> BaselineMentions.of(a.id(), corenlp.annotate(a.text())));
        }
        return failed == 0 ? 0 : Newsgraph.SOME_FAILED;
    }

    /** Prints one labelled score line; the time is the system's run over the documents, without loading it. */
    private static void score(String label, List<Article> articles, List<LinkingScore.Mention> goldMentions,
                              Function<Article, List<LinkingScore.Mention>> system) {
        long start = System.nanoTime();
        List<LinkingScore.Mention> found = new ArrayList<>();
        articles.forEach(a -> found.addAll(system.apply(a)));
        System.out.printf(Locale.ROOT, "%s: %s; %.0f s%n", label, LinkingScore.score(found, goldMentions).line(),
                (System.nanoTime() - start) / 1e9);
    }
}
