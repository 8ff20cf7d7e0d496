package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void readsGoodLinesAndReportsEachBadLineByNumber() {
        Path file = Corpus.write(dir, "feed/day1.jsonl", String.join("\n",
                "{\"id\": \"a1\", \"title\": \"Pool reopens\", \"date\": \"2021-03-02\", \"url\": \"https://x.example/a1\","
                        + " \"text\": \"The harbour pool reopened on Tuesday.\"}",
                "{\"id\": \"a2\", \"text\": \"Broken line",
                "{\"id\": \"a3\", \"title\": \"No body\"}",
                "{\"id\": \"a4\", \"text\": 42}",
                "",
                "{\"doc_id\": 17, \"text\": \"Ferries will run twice a day from May.\"}",
                "[\"not\", \"an\", \"object\"]",
                "{\"text\": \"   \"}",
                "{\"text\": \"A line without an id of its own.\"} trailing",
                "{\"text\": \"A line without an id of its own.\"}",
                ""));

        List<ReadResult> results = Corpus.read(file);

        String src = file.toString();
        Map<String, String> reasons = Corpus.reasonsBySource(results);
        assertEquals(6, reasons.size(), reasons.toString());
        assertTrue(reasons.get(src + ":2").startsWith("not valid JSON: "), reasons.get(src + ":2"));
        assertEquals("no \"text\" field", reasons.get(src + ":3"));
        assertEquals("\"text\" is not a string (found a number)", reasons.get(src + ":4"));
        assertEquals("not a JSON object (found an array)", reasons.get(src + ":7"));
        assertEquals("\"text\" is blank", reasons.get(src + ":8"));
        assertTrue(reasons.get(src + ":9").startsWith("not valid JSON: "), reasons.get(src + ":9"));

        List<Article> articles = Corpus.articles(results);
        assertEquals(List.of("a1", "17", "day1.jsonl#10"), articles.stream().map(Article::id).toList());
        assertEquals(new Article("a1", "Pool reopens", "2021-03-02", "https://x.example/a1",
                "The harbour pool reopened on Tuesday.", src + ":1"), articles.get(0));
        assertEquals(src + ":6", articles.get(1).source());
    }

    @Test
    void aLoneSurrogateFromAJsonEscapeBecomesTheReplacementCharacter() {
        // No UTF-8 file holds half a surrogate pair, but a JSON escape can; UTF-8 output would turn it into '?'.
        Path file = Corpus.write(dir, "odd.jsonl", "{\"id\": \"a\\ud800\", \"url\": \"https://x.example/\\udc00\","
                + " \"text\": \"The harbour pool \\ud83d reopened on Tuesday. \\ud83d\\ude00\"}\n");

        Article article = Corpus.articles(Corpus.read(file)).get(0);

        assertEquals("a\uFFFD", article.id());
        assertEquals("https://x.example/\uFFFD", article.url());
        assertEquals("The harbour pool \uFFFD reopened on Tuesday. \uD83D\uDE00", article.text());
    }

    @Test
    void fallbackIdsUseThePathRelativeToTheWalkedFolder() {
        Corpus.write(dir, "feed/day1.jsonl", "\n{\"text\": \"First story of the day.\"}\n");

        List<Article> articles = Corpus.articles(Corpus.read(dir));

        assertEquals("feed/day1.jsonl#2", articles.get(0).id());
    }

    @Test
    void cleansTheTextAndLetsTheJsonTitleWin() {
        Path file = Corpus.write(dir, "a.jsonl", "{\"title\": \"Pool reopens\", \"date\": \"March 2, 2021\","
                + " \"text\": \"Pool reopens\\nAdvertisement\\nThe harbour pool reopened on Tuesday.\\nThe harbour pool reopened on Tuesday.\"}\n"
                + "{\"text\": \"Ferry timetable changes\\nFerries will run twice a day from May.\"}\n");

        List<Article> articles = Corpus.articles(Corpus.read(file));

        assertEquals("Pool reopens", articles.get(0).title());
        assertEquals("2021-03-02", articles.get(0).date());
        assertEquals("The harbour pool reopened on Tuesday.", articles.get(0).text());
        assertEquals("Ferry timetable changes", articles.get(1).title());
        assertEquals("Ferries will run twice a day from May.", articles.get(1).text());
    }

    @Test
    void refusesAnOverlongLineWithoutParsingItAndGoesOn() {
        String huge = "{\"text\": \"" + "word ".repeat(20_000) + "\"}";
        Path file = Corpus.write(dir, "big.jsonl", huge + "\n{\"text\": \"Short story.\"}\n");

        List<ReadResult> results = Corpus.readAll(ArticleSource.of(List.of(file.toString())).maxChars(1000));

        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, results.get(0));
        assertEquals(file + ":1", failed.source());
        assertTrue(failed.reason().contains("--max-chars"), failed.reason());
        assertEquals(huge.length() + 1, failed.bytes());
        assertEquals("Short story.", assertInstanceOf(ReadResult.Read.class, results.get(1)).article().text());
    }

    @Test
    void lineSizesAddUpToTheFileSize() throws Exception {
        Path file = Corpus.write(dir, "a.jsonl", "\n\n{\"text\": \"Café opens.\"}\r\n\n{\"text\": 1}\n{\"text\": \"Last line, no newline.\"}");

        long sum = Corpus.read(file).stream().mapToLong(ReadResult::bytes).sum();

        assertEquals(Files.size(file), sum);
    }

    @Test
    void reportsALineWhoseTextIsAllPageFurniture() {
        Path file = Corpus.write(dir, "a.jsonl", "{\"text\": \"Advertisement\\nShare this\"}\n");

        assertEquals(Map.of(file + ":1", "no article text left after removing page furniture"),
                Corpus.reasonsBySource(Corpus.read(file)));
    }

    @Test
    void reportsAnEmptyFileOnce() {
        Path file = Corpus.write(dir, "empty.jsonl", "\n \n\n");

        assertEquals(Map.of(file.toString(), "empty file"), Corpus.reasonsBySource(Corpus.read(file)));
    }

    @Test
    void reportsABinaryFileOnceInsteadOfLineByLine() {
        byte[] gzip = new byte[]{0x1F, (byte) 0x8B, 8, 0, '\n', 1, 2, '\n', 3, '\n'};
        Path file = Corpus.write(dir, "packed.jsonl", gzip);

        assertEquals(Map.of(file.toString(), "binary data, not text (looks like GZIP)"), Corpus.reasonsBySource(Corpus.read(file)));
    }

    @Test
    void ignoresIdsThatAreNotStringsOrNumbers() {
        Path file = Corpus.write(dir, "a.jsonl", "{\"id\": {\"x\": 1}, \"doc_id\": \" \", \"url\": 5, \"text\": \"Text.\"}\n");

        Article article = Corpus.articles(Corpus.read(file)).get(0);

        assertEquals("a.jsonl#1", article.id());
        assertNull(article.url());
    }

    @Test
    void stripsAByteOrderMarkFromTheFirstLine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] line = "{\"id\": \"b\", \"text\": \"Text after a mark.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + line.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(line, 0, both, bom.length, line.length);

        assertEquals("b", Corpus.articles(Corpus.read(Corpus.write(dir, "bom.jsonl", both))).get(0).id());
    }
}
