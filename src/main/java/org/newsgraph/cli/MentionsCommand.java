package org.newsgraph.cli;

import org.newsgraph.eval.LinkedMentions;
import org.newsgraph.eval.LinkingScore;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.AsIsDocuments;
import org.newsgraph.ingest.Reasons;
import org.newsgraph.pipeline.ArticleProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph mentions}: every entity mention with its offsets and link, as TSV. */
@Command(name = "mentions", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints every entity mention newsgraph finds (NER, names merged into entities, entities "
                + "linked) as TSV, one line per mention after the header line:",
                "  doc_id   the document's doc_id (or id) field; for a text file its path relative to the "
                        + "folder given (the file name when the file itself is given)",
                "  begin    first character of the mention, 0-based",
                "  end      one past its last character",
                "  surface  the text between begin and end, with \\t, \\n, \\r and \\\\ written as such",
                "  link     the DBpedia resource IRI of the entity it names, or NIL",
                "Offsets count Java characters (UTF-16 code units; the same as Unicode code points unless the text "
                        + "holds characters such as emoji) into the input exactly as given: a JSON Lines file's "
                        + "\"text\" field, or a .txt file decoded as UTF-8, with none of the cleaning that ingest "
                        + "does. HTML is refused, since it has no such text.",
                "An input or JSON line that cannot be read is named on stderr, the rest still print, and the exit "
                        + "status is then 1.",
                "Example: newsgraph mentions ../shared/eval/entity-linking-dev/MSNBC.docs.jsonl --out mentions.tsv"})
final class MentionsCommand implements Callable<Integer> {

    /** The first output line. */
    static final String HEADER = "doc_id\tbegin\tend\tsurface\tlink";

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "JSON Lines files ({\"doc_id\", \"text\"} per line), .txt files, folders of them, "
                    + "or - for stdin.")
    List<String> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the TSV here instead of to stdout.")
    Path out;

    @Mixin
    NlpOptions options;

    @Override
    public Integer call() {
        PrintWriter w;
        try {
            w = out == null ? new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("newsgraph: cannot write " + out + ": " + Reasons.ofNamed(e));
            return 2;
        }
        ArticleProcessor processor = new ArticleProcessor(options.nlp(), options.iris(), options.linker());
        w.println(HEADER);
        int failed = AsIsDocuments.read(paths, options.maxChars, article -> {
            print(article, LinkedMentions.of(article.id(), processor.resolve(article)), w);
            w.flush();
        }, Newsgraph::skipped);
        if (out == null) {
            w.flush();
        } else {
            w.close();
        }
        return failed == 0 ? 0 : Newsgraph.SOME_FAILED;
    }

    private static void print(Article article, List<LinkingScore.Mention> mentions, PrintWriter w) {
        mentions.stream()
                .sorted(Comparator.comparingInt(LinkingScore.Mention::begin).thenComparingInt(LinkingScore.Mention::end))
                .forEach(m -> w.println(String.join("\t", article.id(), String.valueOf(m.begin()),
                        String.valueOf(m.end()), escape(article.text().substring(m.begin(), m.end())),
                        m.link() == null ? "NIL" : m.link())));
    }

    /** Keeps a mention on one TSV line and in one cell; the backslash is escaped too so the escaping can be undone. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
