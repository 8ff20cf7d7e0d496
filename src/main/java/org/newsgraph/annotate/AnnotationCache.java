package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import org.newsgraph.text.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * CoreNLP's annotations of texts, kept on disk so that no text is annotated twice with the same settings.
 *
 * <p>An annotation is stored in CoreNLP's own protocol buffer form, gzipped, one file per text, named by the
 * SHA-256 of the pipeline's {@link NlpPipeline#version() settings} and the text: changing the settings or the text
 * misses the cache, changing newsgraph's extraction, entity or RDF code does not. Files are written to a temporary
 * name and moved into place, so a crash leaves no half-written entry; an entry that cannot be read is treated as
 * absent and annotated again. Safe to use from several threads at once.
 */
public final class AnnotationCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
    private static final String SUFFIX = ".pb.gz";

    private final Path dir;
    private final NlpPipeline nlp;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    private AnnotationCache(Path dir, NlpPipeline nlp) {
        this.dir = dir;
        this.nlp = nlp;
    }

    /** A cache of this pipeline's annotations in this folder (created when the first entry is written). */
    public static AnnotationCache in(Path dir, NlpPipeline nlp) {
        return new AnnotationCache(Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(nlp, "nlp"));
    }

    /** The pipeline whose annotations this cache holds. */
    public NlpPipeline pipeline() {
        return nlp;
    }

    /** The text's annotation: from the cache when it holds one, else annotated now and kept. */
    public CoreDocument annotate(String text) {
        Objects.requireNonNull(text, "text");
        Path file = fileOf(text);
        Optional<CoreDocument> cached = read(file);
        if (cached.isPresent()) {
            hits.incrementAndGet();
            return cached.get();
        }
        misses.incrementAndGet();
        CoreDocument doc = nlp.annotate(text);
        try {
            write(file, doc.annotation());
        } catch (IOException | RuntimeException e) {
            // A full disk or a read-only folder costs the next run time, not this run its article.
            LOG.warn("cannot keep an annotation in {}: {}", dir, e.toString());
        }
        return doc;
    }

    /** Whether the cache holds this text's annotation. */
    public boolean contains(String text) {
        return Files.isRegularFile(fileOf(text));
    }

    /** How many texts were read from the cache since it was opened. */
    public long hits() {
        return hits.get();
    }

    /** How many texts were annotated (not found in the cache) since it was opened. */
    public long misses() {
        return misses.get();
    }

    private Path fileOf(String text) {
        // The settings, a zero byte, then the text: the file names of caches written before stay valid.
        String hex = Digests.sha256(nlp.version() + '\0' + text);
        return dir.resolve(hex.substring(0, 2)).resolve(hex + SUFFIX);
    }

    private static Optional<CoreDocument> read(Path file) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            Annotation annotation = new ProtobufAnnotationSerializer(false).read(in).first;
            return Optional.of(new CoreDocument(annotation));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // A damaged entry is only a lost shortcut: annotate again and overwrite it.
            return Optional.empty();
        }
    }

    private static void write(Path file, Annotation annotation) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new FastGzip(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                new ProtobufAnnotationSerializer(false).write(annotation, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Gzip at its fastest level: the cache is written once per text, on the NLP threads. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
