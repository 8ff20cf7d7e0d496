package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Sentence-per-line input ({@code extract --sentences}, {@code eval carb}): every non-blank line of a file is its
 * own document, with id {@code PATH#LINE}, text the stripped line and source {@code PATH:LINE}.
 */
public final class LineDocuments {

    private LineDocuments() {
    }

    /** The document made of one line. */
    public static Article article(String path, int lineNumber, String line) {
        return new Article(path + "#" + lineNumber, null, null, null, line.strip(), path + ":" + lineNumber);
    }

    /** Hands every non-blank line of a file, or of stdin for {@code -}, to {@code each} as a document. */
    public static void read(String path, Consumer<Article> each) throws IOException {
        if (path.equals("-")) {
            readLines(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), path, each);
        } else {
            try (BufferedReader in = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
                readLines(in, path, each);
            }
        }
    }

    private static void readLines(BufferedReader in, String path, Consumer<Article> each) throws IOException {
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (!line.isBlank()) {
                each.accept(article(path, n, line));
            }
        }
    }
}
