package org.newsgraph.cli;

import org.apache.commons.io.file.PathUtils;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code newsgraph bench}: the benchmark against CoreNLP alone; {@code bench annotators} weighs CoreNLP's
 * annotators and options against what they add; {@code bench load} puts the server under concurrent clients.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {BenchAnnotatorsCommand.class, BenchLoadCommand.class},
        description = {"Measures newsgraph against CoreNLP alone and prints each figure with its target: raw "
                + "CoreNLP and ingest throughput on the first --articles articles with --threads threads and with "
                + "one, re-ingest of the unchanged articles, then on the first --graph-articles articles: live "
                + "heap and peak RSS after 200 and after all, the time from `serve` (a new JVM) to its first "
                + "answer, and p50/p95 latency over HTTP of every query in --queries that needs no internet.",
                "Prints a Markdown table on stdout, progress on stderr; exit 1 when a target is missed. "
                        + "Takes tens of minutes: give it the machine to itself.",
                "`newsgraph bench annotators` measures CoreNLP's annotator options instead, `newsgraph bench load` "
                        + "the server under concurrent clients (see their --help)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE.jsonl",
            description = "JSON Lines corpus (id, title, date, text per line), such as "
                    + "../shared/eval/news/reuters21578.sample2000.jsonl.")
    Path corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "300",
            description = "Articles for the throughput figures (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--graph-articles", paramLabel = "M", defaultValue = "2000",
            description = "Articles for the graph, memory, serving and query figures (default: ${DEFAULT-VALUE}).")
    int graphArticles;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Folder for the stores the benchmark builds; emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of the queries to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "20",
            description = "Times each query is asked, after two warm-up runs (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--serve-only", description = "Measure only serving and the queries, on the graph the last "
            + "whole run left in --work (after changing a query, say).")
    boolean serveOnly;

    @Mixin
    IngestOptions ingest;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (corpus == null) {
            System.err.println("newsgraph: bench needs --corpus FILE.jsonl (or the subcommand annotators or load)");
            return 2;
        }
        if (!Files.isRegularFile(corpus)) {
            System.err.println("newsgraph: no such corpus file: " + corpus);
            return 2;
        }
        if (!Files.isDirectory(queries)) {
            System.err.println("newsgraph: no such queries folder: " + queries);
            return 2;
        }
        if (!serveOnly && !clear(work)) {
            System.err.println("newsgraph: --work " + work + " holds files the benchmark did not write; "
                    + "give an empty or new folder");
            return 2;
        }
        Benchmark.Settings settings = new Benchmark.Settings(corpus, articles, graphArticles, ingest.threads, work,
                queries, repetitions, Newsgraph.class);
        Benchmark bench = new Benchmark(settings, ingest.nlp(), ingest.iris(),
                serveOnly ? null : ingest.linker(), message -> System.err.println("bench: " + message));
        System.out.println("| figure | measured | target | |");
        System.out.println("|---|---|---|---|");
        Consumer<Figure> print = f -> {
            System.out.println(f.row());
            System.out.flush();
        };
        List<Figure> figures = serveOnly ? bench.serveOnly(print) : bench.run(print);
        return figures.stream().anyMatch(f -> Objects.equals(f.pass(), Boolean.FALSE)) ? Newsgraph.SOME_FAILED : 0;
    }

    /** Marks a folder as the benchmark's, so that emptying it never deletes anything else. */
    private static final String MARKER = ".newsgraph-bench";

    /** Empties the benchmark's own folder, or makes it; false, touching nothing, when it holds other files. */
    private static boolean clear(Path dir) throws IOException {
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER)) && !PathUtils.isEmptyDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir)) {
            PathUtils.deleteDirectory(dir);
        }
        Files.createDirectories(dir);
        Files.createFile(dir.resolve(MARKER));
        return true;
    }
}
