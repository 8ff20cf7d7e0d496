package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The articles a gold file names, picked out of what a user points {@code eval gold} at: the lines of a JSON Lines
 * file whose {@code id} the gold names, or the files of a folder whose file name it names (all of them when it
 * names none, as the seeds' gold names only the articles its facts come from).
 */
public final class GoldArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldArticles() {
    }

    /**
     * The inputs to ingest for {@code gold}: for a JSON Lines file, one new file in {@code work} holding the named
     * lines as they are; for a folder or a file, the files themselves.
     *
     * @throws IOException when an article the gold names is not there, or the input cannot be read
     */
    public static List<Path> select(GoldSet gold, Path articles, Path work) throws IOException {
        Set<String> wanted = gold.articles();
        if (Files.isDirectory(articles)) {
            return files(articles, wanted);
        }
        String name = articles.getFileName().toString();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return List.of(lines(articles, wanted, work.resolve("gold-articles.jsonl")));
        }
        return List.of(articles);
    }

    private static List<Path> files(Path dir, Set<String> wanted) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> named = all.stream().filter(p -> wanted.contains(p.getFileName().toString())).toList();
        return named.isEmpty() ? all : named;
    }

    private static Path lines(Path file, Set<String> wanted, Path out) throws IOException {
        Set<String> missing = new LinkedHashSet<>(wanted);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String id = idOf(line);
                if (id != null && missing.remove(id)) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> ids = new ArrayList<>(missing);
            throw new IOException(file + ": the gold names " + ids.size() + " articles not in it: "
                    + String.join(", ", ids.subList(0, Math.min(5, ids.size()))) + (ids.size() > 5 ? ", ..." : ""));
        }
        return out;
    }

    private static String idOf(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode id = JSON.readTree(line).get("id");
            return id == null || !id.isValueNode() ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
