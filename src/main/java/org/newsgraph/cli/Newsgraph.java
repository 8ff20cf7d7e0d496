package org.newsgraph.cli;

import org.newsgraph.ingest.ReadResult;
import org.newsgraph.pipeline.ArticleProcessor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command line: one subcommand per task.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Newsgraph.Version.class,
        description = "Turns news articles into a knowledge graph: CoreNLP reads who did what to whom, "
                + "Apache Jena stores it as RDF, Fuseki serves it over SPARQL.",
        subcommands = {IngestCommand.class, ServeCommand.class, QueryCommand.class, ExtractCommand.class,
                DeleteCommand.class, CurateCommand.class, ValidateCommand.class, StatsCommand.class,
                EvalCommand.class, WikiDictCommand.class, MentionsCommand.class, LinkCommand.class,
                ExportCommand.class, ImportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Newsgraph implements Runnable {

    /** Exit status when some inputs failed but the rest went through. */
    static final int SOME_FAILED = 1;
    /** Exit status when the JVM ran out of heap. */
    static final int OUT_OF_MEMORY = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Names on stderr an input that could not be read; reading goes on with the rest. */
    static void skipped(ReadResult.Failed failed) {
        System.err.println("newsgraph: skipped " + failed.source() + ": " + failed.reason());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        try {
            return new CommandLine(new Newsgraph()).execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("newsgraph: out of memory (max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB). The NLP pipeline needs 5-6 GB: run java with a larger heap, e.g. java -Xmx8g -jar "
                    + "target/newsgraph.jar ...");
            return OUT_OF_MEMORY;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + ArticleProcessor.version()};
        }
    }
}
