package org.newsgraph.cli;

import org.newsgraph.rdf.Iris;
import org.newsgraph.annotate.AnnotationCache;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.canon.Curation;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Options of how articles are ingested into a store: how they are read ({@link NlpOptions}), and the curation,
 * threads, annotation cache and compaction of the store. Shared by {@code ingest}, {@code serve --ingest},
 * {@code curate}, {@code eval seeds} and {@code bench}.
 */
final class IngestOptions {

    @Mixin
    NlpOptions processing;

    @Option(names = "--curation", paramLabel = "FILE", description = "Corrections to merging and linking (TSV: "
            + "same A B, different A B, link A PAGE, nolink A). Kept in the store as " + NewsStore.CURATION_FILE
            + " and applied to every later ingest into it; `newsgraph curate` applies it to what is stored.")
    Path curationFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles annotated at once (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-annotation-cache", description = "Neither read nor keep CoreNLP's annotations in the "
            + "store's " + NewsStore.ANNOTATIONS + "/ folder (kept by default, so that no text is annotated twice).")
    boolean noAnnotationCache;

    @Option(names = "--compact-after", paramLabel = "N", defaultValue = "100",
            description = "Compact the store when a run stored at least this many articles (default: "
                    + "${DEFAULT-VALUE}): TDB2 keeps every transaction's old blocks, so a large ingest takes many "
                    + "times its data's size on disk until compacted. 0 compacts after every run.")
    int compactAfter;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The processor for ingesting into this store: linking unless --no-link, following --curation (which is
     * then kept in the store) or else the curation the store keeps.
     */
    ArticleProcessor processor(NewsStore store) {
        return processor(store, curation(store));
    }

    /**
     * The processor for ingesting into this store: linking unless --no-link, following this curation, taking
     * annotations from the store's cache unless --no-annotation-cache.
     */
    ArticleProcessor processor(NewsStore store, Curation curation) {
        NlpPipeline nlp = nlp();
        ArticleProcessor processor = new ArticleProcessor(nlp, iris(), linker(), curation);
        return noAnnotationCache ? processor
                : processor.withAnnotationCache(AnnotationCache.in(store.annotationCache(), nlp));
    }

    NlpPipeline nlp() {
        return processing.nlp();
    }

    /** An ingestion with this processor on --threads threads, printing each problem to stderr. */
    Ingestion ingestion(NewsStore store, ArticleProcessor processor) {
        if (threads < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be at least 1: " + threads);
        }
        return new Ingestion(store, processor, problem -> System.err.println("newsgraph: skipped " + problem))
                .threads(threads);
    }

    /** The curation to apply: --curation, installed into the store, or the store's own, or none. */
    Curation curation(NewsStore store) {
        if (curationFile != null) {
            Curation c = readCuration(curationFile);
            try {
                Files.copy(curationFile, store.curationFile(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new ParameterException(command.commandLine(), "cannot keep the curation file in the store "
                        + store.curationFile() + ": " + e.getMessage());
            }
            return c;
        }
        return Files.exists(store.curationFile()) ? readCuration(store.curationFile()) : Curation.NONE;
    }

    /** Reads a curation file; a file that cannot be read or parsed is a usage error naming it. */
    Curation readCuration(Path file) {
        try {
            return Curation.read(file);
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "cannot read curation file " + file + ": " + e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    Linker linker() {
        return processing.linker();
    }

    Iris iris() {
        return processing.iris();
    }
}
