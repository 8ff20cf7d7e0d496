package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.eval.LinkedMentions;
import org.newsgraph.eval.LinkingScore;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph eval linking}: end-to-end entity linking against gold mentions. */
@Command(name = "linking", mixinStandardHelpOptions = true,
        description = {"Runs newsgraph (NER, merging names into entities, linking entities) on each document of a "
                + "JSON Lines file ({\"doc_id\", \"text\"}) and scores its mentions against the gold: a mention "
                + "counts when its span equals a gold span and its link names the same DBpedia resource; micro "
                + "precision over linked mentions, recall over gold mentions with a resource.",
                "Example: newsgraph eval linking --docs ../shared/eval/entity-linking-dev/MSNBC.docs.jsonl "
                        + "--gold ../shared/eval/entity-linking-dev/MSNBC.gold.tsv"})
final class EvalLinkingCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--docs", paramLabel = "FILE", required = true, description = "Documents, JSON Lines.")
    Path docs;

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "Gold mentions: doc_id begin end surface dbpedia_uri orig_ref (TSV with a header).")
    Path gold;

    @Mixin
    IngestOptions options;

    @Override
    public Integer call() throws IOException {
        List<LinkingScore.Mention> goldMentions = LinkingScore.readGold(gold);
        ArticleProcessor processor = new ArticleProcessor(NlpPipeline.shared(), Iris.standard(), options.linker());
        List<LinkingScore.Mention> system = new ArrayList<>();
        // Read here rather than through ingest: its text cleaning would move the offsets the gold refers to.
        try (BufferedReader in = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = JSON.readTree(line);
                String id = doc.path("doc_id").asText();
                String text = doc.path("text").asText();
                system.addAll(LinkedMentions.of(id, processor.resolve(Article.of(id, text))));
            }
        }
        System.out.println(LinkingScore.score(system, goldMentions).line());
        return 0;
    }
}
