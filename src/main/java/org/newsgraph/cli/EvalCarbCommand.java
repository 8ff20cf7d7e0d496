package org.newsgraph.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.eval.Carb;
import org.newsgraph.eval.CarbFiles;
import org.newsgraph.eval.CarbExtractions;
import org.newsgraph.eval.CarbResult;
import org.newsgraph.eval.CarbTuple;
import org.newsgraph.ingest.LineDocuments;
import org.newsgraph.ingest.Reasons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsgraph eval carb}: newsgraph's extractor, or any system's output, scored on the CaRB benchmark. */
@Command(name = "carb", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Scores Open IE extractions with CaRB (Bhardwaj et al. 2019; same matching as its carb.py): "
                        + "precision, recall and F1 at the best confidence threshold, that threshold, the area "
                        + "under the precision-recall curve, and counts.",
                "Without --system it runs newsgraph's own extraction (the full NLP pipeline, loaded once) on "
                        + "every sentence, each as its own document, and scores that; with --system it only "
                        + "scores the given file.",
                "Example: newsgraph eval carb --sentences ../shared/eval/carb-dev/dev.newswire_sentences.txt "
                        + "--gold ../shared/eval/carb-dev/dev.newswire_gold.tsv --out newswire.tsv"})
final class EvalCarbCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "../shared/eval/carb-dev/dev_gold.tsv",
            description = "Gold tuples: sentence TAB relation TAB arg1 TAB arg2 ...; an argument containing "
                    + "\"C: \" is context and ignored (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--sentences", paramLabel = "FILE",
            description = "Sentences to extract from, one per line, written exactly as in the gold "
                    + "(default: the gold's sentences in file order).")
    Path sentences;

    @Option(names = "--system", paramLabel = "FILE",
            description = "Score this system output instead of running newsgraph: sentence TAB confidence TAB "
                    + "relation TAB arg1 TAB arg2 ...")
    Path system;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write newsgraph's extractions here in that same tabbed format.")
    Path out;

    @Option(names = "--matches", paramLabel = "FILE",
            description = "Write, for every gold tuple, the extraction that recalls most of it and the scores "
                    + "(for finding where points are lost).")
    Path matches;

    @Option(names = "--annotations", paramLabel = "FILE",
            description = "Cache of the NLP annotations (CoreNLP protobuf): read from FILE when it exists, "
                    + "else annotate and write it. Lets the extractor be re-run without the NLP.")
    Path annotations;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(gold)) {
            System.err.println("newsgraph: cannot read the gold file " + gold);
            return 2;
        }
        Carb carb = Carb.ofGoldFile(gold);
        long start = System.nanoTime();
        List<CarbTuple> tuples;
        if (system != null) {
            if (!Files.isReadable(system)) {
                System.err.println("newsgraph: cannot read the system file " + system);
                return 2;
            }
            tuples = CarbFiles.readSystem(system);
        } else {
            List<String> lines = new ArrayList<>();
            if (sentences != null) {
                try {
                    LineDocuments.read(sentences.toString(), a -> lines.add(a.text()));
                } catch (IOException e) {
                    System.err.println("newsgraph: cannot read " + sentences + ": " + Reasons.ofNamed(e));
                    return 2;
                }
            } else {
                lines.addAll(CarbFiles.goldSentences(gold));
            }
            tuples = extract(lines);
            if (out != null) {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    tuples.forEach(t -> w.println(t.toTsv()));
                }
            }
        }
        CarbResult result = carb.score(tuples);
        if (matches != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(matches, StandardCharsets.UTF_8))) {
                carb.explain(tuples, w);
            }
        }
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.print(result.report());
        stdout.printf(Locale.ROOT, "time: %.1f s%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private List<CarbTuple> extract(List<String> lines) throws IOException {
        List<Annotation> cached = annotations != null && Files.exists(annotations) ? readCache(lines.size()) : null;
        NlpPipeline nlp = cached == null ? NlpPipeline.shared() : null;
        List<Annotation> annotated = new ArrayList<>();
        List<CarbTuple> tuples = CarbExtractions.ofSentences(lines, (i, text) -> {
            CoreDocument doc = cached != null ? new CoreDocument(cached.get(i)) : nlp.annotate(text);
            if (!doc.text().equals(text)) {
                throw new IOException(annotations + " holds other sentences (line " + (i + 1) + "); delete it");
            }
            if (cached == null && annotations != null) {
                annotated.add(doc.annotation());
            }
            return doc;
        }, done -> {
            if (cached == null && done % 50 == 0) {
                System.err.println("newsgraph: " + done + " of " + lines.size() + " sentences read");
            }
        });
        if (cached == null && annotations != null) {
            writeCache(annotated);
        }
        return tuples;
    }

    private List<Annotation> readCache(int expected) throws IOException {
        ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);
        List<Annotation> docs = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(annotations))) {
            InputStream is = in;
            for (int i = 0; i < expected; i++) {
                try {
                    var read = serializer.read(is);
                    docs.add(read.first);
                    is = read.second;
                } catch (ClassNotFoundException e) {
                    throw new IOException(e);
                }
            }
        }
        System.err.println("newsgraph: read " + docs.size() + " annotated sentences from " + annotations);
        return docs;
    }

    private void writeCache(List<Annotation> docs) throws IOException {
        ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(annotations))) {
            for (Annotation a : docs) {
                serializer.write(a, o);
            }
        }
    }
}
