package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.canon.Entity;
import org.newsgraph.canon.Ref;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.ResolvedFact;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.LineDocuments;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.Reasons;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newsgraph extract}: facts as JSON Lines, no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints one JSON object per extracted fact (JSON Lines) and stores nothing.",
                "Each line has article, sentenceIndex, sentence, subject/relation/object (text = exact span; "
                        + "subject/object also kind, resolved and, when an entity or concept, entity IRI, label "
                        + "and type; fullText = the whole phrase), relation.lemma, confidence, extractor, negated, "
                        + "hedged, objectFirst (a passive: the sentence names the object first), attributedTo (the "
                        + "speaker, when the fact is reported speech) and extras (further arguments of an n-ary "
                        + "fact, each with its preposition in fullText).",
                "Pronouns that coreference cannot resolve are printed with resolved=false; the graph never "
                        + "stores them."})
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - for stdin.")
    List<String> paths;

    @Option(names = "--sentences", description = "Treat every input line as its own document (sentence-per-line corpora).")
    boolean sentences;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI for entity IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        ArticleProcessor processor = new ArticleProcessor(NlpPipeline.shared(), Iris.under(base));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int[] failures = {0};
        if (sentences) {
            for (String p : paths) {
                if (!perLine(p, processor, out)) {
                    failures[0]++;
                }
            }
        } else {
            ArticleSource.of(paths).forEach(r -> {
                if (r instanceof ReadResult.Read read) {
                    print(processor, read.article(), out);
                } else if (r instanceof ReadResult.Failed f) {
                    System.err.println("newsgraph: skipped " + f.source() + ": " + f.reason());
                    failures[0]++;
                }
            });
        }
        out.flush();
        return failures[0] == 0 ? 0 : Newsgraph.SOME_FAILED;
    }

    /** Prints the facts of every line of one input; false, with the reason on stderr, when it cannot be read. */
    private static boolean perLine(String path, ArticleProcessor processor, PrintStream out) {
        try {
            LineDocuments.read(path, article -> print(processor, article, out));
            return true;
        } catch (IOException e) {
            System.err.println("newsgraph: skipped " + path + ": " + Reasons.ofNamed(e));
            return false;
        }
    }

    private static void print(ArticleProcessor processor, Article article, PrintStream out) {
        ResolvedArticle resolved = processor.resolve(article);
        for (ResolvedFact rf : resolved.facts()) {
            Fact f = rf.fact();
            ObjectNode line = JSON.createObjectNode();
            line.put("article", article.id());
            line.put("sentenceIndex", f.sentence());
            line.put("sentence", resolved.extraction().sentences().get(f.sentence()).text());
            line.set("subject", argument(processor, resolved, f.subject(), rf.subject()));
            ObjectNode relation = line.putObject("relation");
            relation.put("text", f.relation().text());
            relation.put("lemma", f.relation().lemma());
            line.set("object", argument(processor, resolved, f.object(), rf.object()));
            line.put("confidence", f.confidence());
            line.put("extractor", f.extractor());
            line.put("negated", f.negated());
            line.put("hedged", f.hedged());
            if (f.attributedTo() != null) {
                ObjectNode speaker = line.putObject("attributedTo");
                speaker.put("text", f.attributedTo().text());
                speaker.put("fullText", f.attributedTo().fullText());
                speaker.put("begin", f.attributedTo().span().begin());
                speaker.put("end", f.attributedTo().span().end());
            }
            if (!f.extras().isEmpty()) {
                var extras = line.putArray("extras");
                for (Argument x : f.extras()) {
                    ObjectNode e = extras.addObject();
                    e.put("text", x.text());
                    e.put("fullText", x.fullText());
                    e.put("begin", x.fullSpan().begin());
                    e.put("end", x.fullSpan().end());
                }
            }
            line.put("objectFirst", f.objectFirst());
            out.println(line);
        }
    }

    private static ObjectNode argument(ArticleProcessor processor, ResolvedArticle resolved, Argument a,
                                       Optional<Ref> ref) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", a.text());
        node.put("fullText", a.fullText());
        node.put("begin", a.span().begin());
        node.put("end", a.span().end());
        node.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        node.put("resolved", ref.isPresent());
        ref.ifPresent(r -> {
            node.put("entity", processor.graphs().node(r).getURI());
            if (r instanceof Ref.EntityRef e) {
                Entity entity = resolved.entity(e.key()).orElseThrow();
                node.put("label", entity.label());
                node.put("type", entity.type().className());
            } else if (r instanceof Ref.ConceptRef c) {
                node.put("label", c.label());
                node.put("type", "Concept");
            }
        });
        return node;
    }
}
