package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    private static final String STORY = "Harbour pool reopens after repairs\n"
            + "The open-air pool by the harbour reopened on Tuesday after two years of repairs.\n";

    private static final String LONG_TEXT = IntStream.rangeClosed(1, 8)
            .mapToObj(i -> "Boat " + i + " left the harbour at dawn.").collect(Collectors.joining(" "));

    @TempDir
    Path dir;

    @Nested
    class Encodings {

        @Test
        void readsUtf8Utf8WithBomUtf16LeWithBomAndLatin1() {
            String text = "Le café du port a rouvert mardi après deux ans de travaux.";
            Corpus.write(dir, "a-utf8.txt", text);
            Corpus.write(dir, "b-utf8-bom.txt", withPrefix(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
            Corpus.write(dir, "c-utf16le-bom.txt", withPrefix(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
            Corpus.write(dir, "d-latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1));

            List<Article> articles = Corpus.articles(Corpus.read(dir));

            assertEquals(4, articles.size());
            articles.forEach(a -> assertEquals(text, a.text(), a.id()));
        }

        @Test
        void reportsEmptyRandomAndPngFilesAndReadsTheGoodOneBesideThem() {
            byte[] noise = new byte[2048];
            new Random(7).nextBytes(noise);
            byte[] png = withPrefix(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, noise);
            Corpus.write(dir, "1-empty.txt", new byte[0]);
            Corpus.write(dir, "2-noise.txt", noise);
            Corpus.write(dir, "3-picture.txt", png);
            Corpus.write(dir, "4-good.txt", STORY);
            Corpus.write(dir, "5-blank.txt", "  \n\n\t \n");

            List<ReadResult> results = Corpus.read(dir);

            assertEquals(Map.of(
                    dir.resolve("1-empty.txt").toString(), "empty file",
                    dir.resolve("2-noise.txt").toString(), "binary data, not text",
                    dir.resolve("3-picture.txt").toString(), "binary data, not text (looks like PNG)",
                    dir.resolve("5-blank.txt").toString(), "empty file"), Corpus.reasonsBySource(results));
            assertEquals(List.of("4-good.txt"), Corpus.articles(results).stream().map(Article::id).toList());
            assertEquals(png.length, Corpus.failures(results).get(2).bytes());
        }

        @Test
        void reportsAFileWithNothingLeftAfterCleaning() {
            Path file = Corpus.write(dir, "chrome.txt", "Advertisement\nShare this\nRead more\n");

            assertEquals(Map.of(file.toString(), "no article text left after removing page furniture"),
                    Corpus.reasonsBySource(Corpus.read(file)));
        }
    }

    @Nested
    class Articles {

        @Test
        void readsATextFileWithTitleIdSourceAndSize() throws IOException {
            Path file = Corpus.write(dir, "story.txt", STORY);

            ReadResult.Read read = assertInstanceOf(ReadResult.Read.class, Corpus.read(file).get(0));

            assertEquals(new Article("story.txt", "Harbour pool reopens after repairs", null, null,
                    "The open-air pool by the harbour reopened on Tuesday after two years of repairs.", file.toString()), read.article());
            assertEquals(Files.size(file), read.bytes());
        }

        @Test
        void readsAnHtmlFileWithItsMetadata() {
            Path file = Corpus.write(dir, "pool.HTM", """
                    <html><head><meta property="og:title" content="Harbour pool reopens">
                    <meta property="article:published_time" content="2021-03-02">
                    <link rel="canonical" href="https://gazette.example/pool"></head>
                    <body><nav><a href="/">Home</a></nav><div class="social-share">Share</div>
                    <main><p>The pool reopened on Tuesday.</p></main><footer>© Gazette</footer></body></html>
                    """);

            Article article = Corpus.articles(Corpus.read(file)).get(0);

            assertEquals(new Article("pool.HTM", "Harbour pool reopens", "2021-03-02", "https://gazette.example/pool",
                    "The pool reopened on Tuesday.", file.toString()), article);
        }

        @Test
        void readsAFileNamedExplicitlyWithAnUnknownExtensionAsText() {
            Path file = Corpus.write(dir, "notes.md", STORY);

            assertEquals("notes.md", Corpus.articles(Corpus.read(file)).get(0).id());
        }

        @Test
        void readsPathsInTheOrderGiven() {
            Path b = Corpus.write(dir, "b.txt", STORY);
            Path a = Corpus.write(dir, "a.txt", STORY);

            assertEquals(List.of("b.txt", "a.txt"), Corpus.articles(Corpus.read(b, a)).stream().map(Article::id).toList());
        }

        @Test
        void reportsAMissingPath() {
            Path missing = dir.resolve("missing.txt");

            assertEquals(Map.of(missing.toString(), "no such file or folder"), Corpus.reasonsBySource(Corpus.read(missing)));
        }
    }

    @Nested
    class FolderWalking {

        @Test
        void walksNestedFoldersInPathOrderWithIdsRelativeToTheRoot() {
            Corpus.write(dir, "b.txt", STORY);
            Corpus.write(dir, "a/z.txt", STORY);
            Corpus.write(dir, "a/b/c.HTML", "<p>The pool reopened on Tuesday.</p>");
            Corpus.write(dir, "a.text", STORY);
            Corpus.write(dir, "feed.ndjson", "{\"text\": \"One line of news.\"}\n");

            List<Article> articles = Corpus.articles(Corpus.read(dir));

            assertEquals(List.of("a.text", "a/b/c.HTML", "a/z.txt", "b.txt", "feed.ndjson#1"),
                    articles.stream().map(Article::id).toList());
            assertEquals(dir.resolve("a/b/c.HTML").toString(), articles.get(1).source());
        }

        @Test
        void skipsHiddenEntriesAndFilesOfOtherTypes() {
            Corpus.write(dir, "story.txt", STORY);
            Corpus.write(dir, ".draft.txt", STORY);
            Corpus.write(dir, ".git/notes.txt", STORY);
            Corpus.write(dir, "picture.png", new byte[]{1, 2, 3});
            Corpus.write(dir, "README", STORY);

            List<ReadResult> results = Corpus.read(dir);

            assertEquals(List.of("story.txt"), Corpus.articles(results).stream().map(Article::id).toList());
            assertEquals(1, results.size());
        }

        @Test
        void survivesASymbolicLinkLoop() throws IOException {
            Path corpus = dir.resolve("corpus");
            Corpus.write(corpus, "story.txt", STORY);
            Files.createSymbolicLink(corpus.resolve("loop"), corpus);

            List<ReadResult> results = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Corpus.read(corpus));

            assertEquals(List.of("story.txt"), Corpus.articles(results).stream().map(Article::id).toList());
            String reason = Corpus.reasonsBySource(results).get(corpus.resolve("loop").toString());
            assertTrue(reason.contains("symbolic link"), reason);
        }

        @Test
        void followsSymbolicLinksToFilesAndFoldersElsewhere() throws IOException {
            Path elsewhere = dir.resolve("elsewhere");
            Corpus.write(elsewhere, "far.txt", STORY);
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.createSymbolicLink(corpus.resolve("linked.txt"), elsewhere.resolve("far.txt"));
            Files.createSymbolicLink(corpus.resolve("more"), elsewhere);

            assertEquals(List.of("linked.txt", "more/far.txt"),
                    Corpus.articles(Corpus.read(corpus)).stream().map(Article::id).toList());
        }

        @Test
        void reportsAFolderNamedLikeAFile() {
            Corpus.write(dir, "x.txt/inside.txt", STORY);
            Corpus.write(dir, "y.txt", STORY);

            List<ReadResult> results = Corpus.read(dir);

            assertEquals(List.of("y.txt"), Corpus.articles(results).stream().map(Article::id).toList());
            assertEquals(Map.of(dir.resolve("x.txt").toString(), "a folder named like a file; not read"),
                    Corpus.reasonsBySource(results));
        }

        @Test
        void reportsAFileRemovedBetweenListingAndReading() {
            Corpus.write(dir, "a.txt", STORY);
            Path b = Corpus.write(dir, "b.txt", STORY);
            Corpus.write(dir, "c.txt", STORY);
            List<ReadResult> results = new ArrayList<>();

            ArticleSource.of(List.of(dir.toString())).forEach(result -> {
                results.add(result);
                delete(b);
            });

            assertEquals(List.of("a.txt", "c.txt"), Corpus.articles(results).stream().map(Article::id).toList());
            assertEquals(Map.of(b.toString(), "file not found (removed while reading, or a broken link)"),
                    Corpus.reasonsBySource(results));
        }

        @Test
        void reportsABrokenSymbolicLink() throws IOException {
            Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));

            assertEquals(Map.of(dir.resolve("gone.txt").toString(), "file not found (removed while reading, or a broken link)"),
                    Corpus.reasonsBySource(Corpus.read(dir)));
        }

        @Test
        void reportsAFolderThatCannotBeListedAndReadsTheRest() {
            // Removed once the walk has listed it: a folder that cannot be listed whatever the user, root included
            // (root reads a folder without permissions).
            Corpus.write(dir, "a.txt", STORY);
            Path gone = Corpus.write(dir, "gone/b.txt", STORY).getParent();
            Corpus.write(dir, "open.txt", STORY);
            List<ReadResult> results = new ArrayList<>();

            ArticleSource.of(List.of(dir.toString())).forEach(result -> {
                results.add(result);
                delete(gone.resolve("b.txt"));
                delete(gone);
            });

            assertEquals(List.of("a.txt", "open.txt"), Corpus.articles(results).stream().map(Article::id).toList());
            assertEquals(Map.of(gone.toString(), "cannot list folder: file not found (removed while reading, or a "
                    + "broken link)"), Corpus.reasonsBySource(results));
        }

        @Test
        void namesPermissionProblemsAsSuch() {
            assertEquals("permission denied", Reasons.of(new AccessDeniedException("/news/locked")));
        }

        @Test
        void totalBytesSumsTheFilesThatWillBeRead() throws IOException {
            Path a = Corpus.write(dir, "a.txt", STORY);
            Path b = Corpus.write(dir, "sub/b.html", "<p>The pool reopened on Tuesday.</p>");
            Path c = Corpus.write(dir, "c.jsonl", "{\"text\": \"One line of news.\"}\n");
            Corpus.write(dir, ".hidden.txt", STORY);
            Corpus.write(dir, "skipped.csv", "a,b\n");

            ArticleSource source = ArticleSource.of(List.of(dir.toString(), "-"));

            assertEquals(Files.size(a) + Files.size(b) + Files.size(c), source.totalBytes());
        }
    }

    @Nested
    class StandardInput {

        @Test
        void readsStdinAsOneTextArticle() {
            Article article = Corpus.articles(Corpus.readStdin(STORY)).get(0);

            assertEquals("stdin", article.id());
            assertEquals("-", article.source());
            assertEquals("Harbour pool reopens after repairs", article.title());
        }

        @Test
        void readsStdinAsJsonLinesWhenItStartsWithABrace() {
            List<ReadResult> results = Corpus.readStdin("\n  {\"text\": \"The first story.\"}\n{\"id\": \"x\", \"text\": \"The second story.\"}\nnot json\n");

            List<Article> articles = Corpus.articles(results);
            assertEquals(List.of("stdin#2", "x"), articles.stream().map(Article::id).toList());
            assertEquals(List.of("-:2", "-:3"), articles.stream().map(Article::source).toList());
            assertTrue(Corpus.reasonsBySource(results).get("-:4").startsWith("not valid JSON"));
        }

        @Test
        void reportsEmptyStdin() {
            assertEquals(Map.of("-", "empty file"), Corpus.reasonsBySource(Corpus.readStdin("")));
        }

        @Test
        void refusesStdinTooBigForMaxChars() {
            ArticleSource source = ArticleSource.of(List.of("-")).maxChars(10)
                    .stdin(new ByteArrayInputStream("x".repeat(1000).getBytes(StandardCharsets.US_ASCII)));

            String reason = Corpus.reasonsBySource(Corpus.readAll(source)).get("-");
            assertTrue(reason.contains("--max-chars 10"), reason);
        }
    }

    @Nested
    class MaxChars {

        @Test
        void refusesAFileTooBigForTheLimitFromItsSizeWithoutReadingIt() throws IOException {
            Path huge = dir.resolve("huge.txt");
            try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
                f.setLength(3L << 30);
            }

            List<ReadResult> results = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Corpus.read(huge));

            ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, results.get(0));
            assertEquals("file too big for --max-chars 1000000 (3221225472 bytes)", failed.reason());
            assertEquals(3L << 30, failed.bytes());
        }

        @Test
        void refusesTextLongerThanTheLimitAndReadsShorterText() {
            Corpus.write(dir, "long.txt", LONG_TEXT);
            Corpus.write(dir, "short.txt", "A short sentence about the harbour.");

            List<ReadResult> results = Corpus.readAll(ArticleSource.of(List.of(dir.toString())).maxChars(100));

            assertEquals(Map.of(dir.resolve("long.txt").toString(),
                            "text longer than --max-chars 100 (" + LONG_TEXT.length() + " characters)"),
                    Corpus.reasonsBySource(results));
            assertEquals(List.of("short.txt"), Corpus.articles(results).stream().map(Article::id).toList());
        }

        @Test
        void rejectsALimitBelowOne() {
            assertThrows(IllegalArgumentException.class, () -> ArticleSource.of(List.of()).maxChars(0));
        }
    }

    @Nested
    class AsIs {

        @Test
        void keepsTextsExactlyAsGivenSoOffsetsPointIntoTheInput() {
            String raw = "Harbour pool reopens\r\n\r\n  The pool   reopened.\r\n";
            Corpus.write(dir, "a.txt", raw);
            Corpus.write(dir, "b.jsonl", "{\"doc_id\": \"b1\", \"text\": \"Harbour pool reopens\\n\\nThe pool reopened.  \"}\n");

            Map<String, Article> byId = Corpus.byId(Corpus.readAll(ArticleSource.of(List.of(dir.toString())).asIs()));

            assertEquals(raw, byId.get("a.txt").text());
            assertNull(byId.get("a.txt").title());
            assertEquals("Harbour pool reopens\n\nThe pool reopened.  ", byId.get("b1").text());
        }

        @Test
        void refusesHtmlAndTextThatIsNotUtf8() {
            Path html = Corpus.write(dir, "page.html", "<html><body><p>The pool reopened.</p></body></html>");
            Path latin1 = Corpus.write(dir, "latin1.txt", "Le café a rouvert.".getBytes(StandardCharsets.ISO_8859_1));

            Map<String, String> reasons = Corpus.reasonsBySource(Corpus.readAll(
                    ArticleSource.of(List.of(html.toString(), latin1.toString())).asIs()));

            assertTrue(reasons.get(html.toString()).contains("HTML"), reasons.toString());
            assertEquals("not valid UTF-8 text", reasons.get(latin1.toString()));
        }
    }

    @Test
    void configuringReturnsANewSourceAndLeavesTheOldOneAlone() {
        Path file = Corpus.write(dir, "long.txt", LONG_TEXT);
        ArticleSource source = ArticleSource.of(List.of(file.toString()));

        source.maxChars(10);

        assertNull(Corpus.reasonsBySource(Corpus.readAll(source)).get(file.toString()));
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] out = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(rest, 0, out, prefix.length, rest.length);
        return out;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
