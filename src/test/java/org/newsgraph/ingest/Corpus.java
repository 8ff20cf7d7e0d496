package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test helpers: write files into a folder and collect what an {@link ArticleSource} reads. */
final class Corpus {

    private Corpus() {
    }

    static Path write(Path dir, String relative, String text) {
        return write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReadResult> readAll(ArticleSource source) {
        List<ReadResult> results = new ArrayList<>();
        source.forEach(results::add);
        return results;
    }

    static List<ReadResult> read(Path... paths) {
        return readAll(ArticleSource.of(java.util.Arrays.stream(paths).map(Path::toString).toList()));
    }

    static List<ReadResult> readStdin(String input) {
        return readAll(ArticleSource.of(List.of("-")).stdin(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
    }

    static List<Article> articles(List<ReadResult> results) {
        return results.stream().filter(r -> r instanceof ReadResult.Read).map(r -> ((ReadResult.Read) r).article()).toList();
    }

    static List<ReadResult.Failed> failures(List<ReadResult> results) {
        return results.stream().filter(r -> r instanceof ReadResult.Failed).map(r -> (ReadResult.Failed) r).toList();
    }

    static Map<String, Article> byId(List<ReadResult> results) {
        return articles(results).stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    static Map<String, String> reasonsBySource(List<ReadResult> results) {
        return failures(results).stream().collect(Collectors.toMap(ReadResult.Failed::source, ReadResult.Failed::reason));
    }
}
