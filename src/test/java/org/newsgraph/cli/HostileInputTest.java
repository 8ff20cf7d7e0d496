package org.newsgraph.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.ForeignNews;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A folder of everything a scraper leaves behind, ingested in one run: each bad input is named once with its reason,
 * every good one is stored, the store still validates, and the exit status says something failed. The files are
 * generated here; nothing binary is committed.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class HostileInputTest {

    @TempDir
    static Path dir;

    private static Path in;
    private static Path storeDir;
    private static Cli.Result run;
    /** File name (or file:line) of each good input, and a phrase its stored text must hold. */
    private static final Map<String, String> GOOD = new TreeMap<>();
    /** File name (or file:line) of each bad input, and what its one line must say. */
    private static final Map<String, String> BAD = new TreeMap<>();
    /** Good inputs that also get a line, for sentences left unread. */
    private static final List<String> NOTED = new ArrayList<>();

    @BeforeAll
    static void ingestAFolderOfHostileFiles() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        storeDir = dir.resolve("store");
        Random random = new Random(2026);

        good("latin1.txt", "The caf\u00e9 owner in Montr\u00e9al told police the fire began on Tuesday night.",
                StandardCharsets.ISO_8859_1, "caf\u00e9 owner");
        byte[] utf16 = "Officials in Geneva said the talks would resume next week after a pause.\n"
                .getBytes(StandardCharsets.UTF_16LE);
        write("utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16));
        GOOD.put("utf16.txt", "talks would resume");
        byte[] broken = "The minister\u2019s office in Ankara denied the report on Friday, calling it false.\n"
                .getBytes(StandardCharsets.UTF_8);
        write("invalid-utf8.txt", concat(broken, new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', '\n'}));
        GOOD.put("invalid-utf8.txt", "denied the report");
        good("a \"quoted\" name \u2014 \u041f\u0440\u0438\u0432\u0435\u0442 \u5317\u4eac 'x'.txt",
                "Farmers in Iowa harvested a record corn crop this year, the agriculture department said.",
                StandardCharsets.UTF_8, "record corn crop");
        String words = IntStream.range(0, 5_000).mapToObj(i -> "w" + Integer.toString(random.nextInt(1 << 20), 36))
                .collect(Collectors.joining(" "));
        good("long-sentence.txt", "Rebels seized the airport in the north of the country on Monday.\n\n" + words,
                StandardCharsets.UTF_8, "seized the airport");
        NOTED.add("long-sentence.txt");
        StringBuilder line = new StringBuilder();
        while (line.length() < 100_000) {
            line.append("lorem").append(random.nextInt(1000)).append(' ');
        }
        good("long-line.txt", "Shares of the carmaker fell sharply in Tokyo trading on Wednesday.\n\n"
                + line.substring(0, 100_000), StandardCharsets.UTF_8, "carmaker fell");
        NOTED.add("long-line.txt");
        String nested = "<div>".repeat(10_000) + "<p>Protesters gathered outside the parliament in Kiev on Sunday "
                + "to demand new elections.</p>" + "</div>".repeat(10_000);
        good("nested.html", "<html><head><title>Protest</title></head><body>" + nested + "</body></html>",
                StandardCharsets.UTF_8, "Protesters gathered");

        bad("empty.txt", new byte[0], "empty file");
        bad("blank.txt", " \n\t \r\n   \n".getBytes(StandardCharsets.US_ASCII), "empty file");
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        bad("random.txt", noise, "binary data");
        bad("image.txt", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, noise),
                "looks like PNG");
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] chunk = "Lots of words and more words in a file far too big to be one article.\n"
                    .repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L << 20; written += chunk.length) {
                out.write(chunk);
            }
        }
        BAD.put("huge.txt", "file too big for --max-chars");
        bad("scripts.html", ("<html><head><script>var a = 1;</script></head><body><script>"
                + "document.write('Breaking news about the election results tonight in the capital');"
                + "</script><noscript></noscript></body></html>").getBytes(StandardCharsets.UTF_8),
                "no article text left");
        bad("chinese.txt", ForeignNews.CHINESE.getBytes(StandardCharsets.UTF_8), "not English (looks like Chinese)");
        bad("arabic.txt", ForeignNews.ARABIC.getBytes(StandardCharsets.UTF_8), "not English (looks like Arabic)");
        Files.createDirectories(in.resolve("x.txt"));
        BAD.put("x.txt", "a folder named like a file");
        Files.createSymbolicLink(in.resolve("loop"), in);
        BAD.put("loop", "symbolic link");

        String goodLine = "{\"id\":\"feed-1\",\"title\":\"Flood\",\"text\":\"Heavy rain flooded the river valley "
                + "in Bavaria on Thursday, the police said.\"}\n";
        String lastLine = "{\"id\":\"feed-6\",\"text\":\"The central bank of Brazil raised its main interest rate "
                + "by half a point on Wednesday.\"}\n";
        try (OutputStream out = Files.newOutputStream(in.resolve("feed.jsonl"))) {
            out.write(goodLine.getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"feed-2\",\"text\":\"unterminated\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"feed-3\",\"title\":\"no text here\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"feed-4\",\"text\":12345}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"feed-5\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] mb = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20; i++) {
                out.write(mb);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(lastLine.getBytes(StandardCharsets.UTF_8));
        }
        GOOD.put("feed-1", "flooded the river valley");
        GOOD.put("feed-6", "raised its main interest rate");
        BAD.put("feed.jsonl:2", "not valid JSON");
        BAD.put("feed.jsonl:3", "no \"text\" field");
        BAD.put("feed.jsonl:4", "\"text\" is not a string");
        BAD.put("feed.jsonl:5", "line longer than");

        run = Cli.run("ingest", "--store", storeDir.toString(), "--no-link", "--threads", "2", in.toString());
    }

    @Test
    void saysSomethingFailed() {
        assertEquals(1, run.status(), run.err());
    }

    @Test
    void namesEachBadInputOnceWithItsReason() {
        for (Map.Entry<String, String> bad : BAD.entrySet()) {
            List<String> lines = linesNaming(bad.getKey());
            assertEquals(1, lines.size(), bad.getKey() + " should get one line:\n" + run.err());
            assertTrue(lines.get(0).contains(bad.getValue()), lines.get(0));
        }
    }

    @Test
    void reportsTheSentencesLeftUnreadForTheirLength() {
        for (String noted : NOTED) {
            List<String> lines = linesNaming(noted);
            assertEquals(1, lines.size(), noted + " should get one line:\n" + run.err());
            assertTrue(lines.get(0).contains("sentence of more than 250 tokens left unread"), lines.get(0));
        }
    }

    @Test
    void storesEveryGoodInputWithItsTextDecoded() {
        try (NewsStore store = NewsStore.open(storeDir)) {
            List<String> ids = store.articleIds();
            assertEquals(GOOD.size(), ids.size(), "stored: " + ids + "\n" + run.err());
            for (Map.Entry<String, String> good : GOOD.entrySet()) {
                Optional<Article> article = store.storedArticle(good.getKey());
                assertTrue(article.isPresent(), good.getKey() + " is not stored; stored: " + ids);
                assertTrue(article.get().text().contains(good.getValue()), article.get().text());
            }
            assertTrue(linesNaming("long-sentence.txt").size() == 1 && store.storedArticle("long-sentence.txt")
                    .orElseThrow().text().length() > 5_000, "the article keeps its whole text");
        }
    }

    @Test
    void leavesAStoreThatValidatesAgainstTheShapes() {
        Cli.Result validate = Cli.run("validate", "--store", storeDir.toString());
        assertEquals(0, validate.status(), validate.out());
    }

    @Test
    void abandonsEachArticleThatTakesLongerThanTheTimeLimitAndGoesOn(@TempDir Path other) throws IOException {
        Path slow = Files.writeString(other.resolve("slow.txt"),
                "The storm cut power to thousands of homes along the coast on Saturday.");
        Cli.Result r = Cli.run("ingest", "--store", other.resolve("store").toString(), "--no-link",
                "--max-annotation-seconds", "0.001", slow.toString(), in.resolve("latin1.txt").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("slow.txt: CoreNLP took longer than the limit of 0.001 s"), r.err());
        assertTrue(r.err().contains("latin1.txt: CoreNLP took longer"), r.err());
    }

    private static List<String> linesNaming(String input) {
        return run.err().lines()
                .filter(l -> l.contains(in.resolve(input) + ":") || l.contains(in.resolve(input) + " ")
                        || input.contains(":") && l.contains(in.resolve(input.substring(0, input.indexOf(':')))
                        + input.substring(input.indexOf(':')) + ":"))
                .toList();
    }

    private static void good(String name, String text, Charset charset, String phrase) throws IOException {
        write(name, (text + "\n").getBytes(charset));
        GOOD.put(name, phrase);
    }

    private static void bad(String name, byte[] bytes, String reason) throws IOException {
        write(name, bytes);
        BAD.put(name, reason);
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Files.write(in.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
