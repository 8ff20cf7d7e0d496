package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;

/** Reads the inputs {@link FileWalker} found, and standard input, into {@link ReadResult}s. */
final class ArticleReader {

    private static final int STDIN_PEEK_BYTES = 1 << 16;

    private final Limits limits;
    private final JsonLines jsonLines;
    private final boolean asIs;

    /** @param asIs keep texts as the input holds them, see {@link ArticleSource#asIs()} */
    ArticleReader(Limits limits, boolean asIs) {
        this.limits = limits;
        this.jsonLines = new JsonLines(limits, asIs);
        this.asIs = asIs;
    }

    void read(FileWalker.Input in, Consumer<ReadResult> sink) {
        if (in.format() == Format.JSON_LINES) {
            readJsonLines(in, sink);
        } else {
            sink.accept(readWhole(in));
        }
    }

    /** Standard input holds JSON Lines when its first non-blank character is '{', else one text article. */
    void readStdin(InputStream raw, Consumer<ReadResult> sink) {
        BufferedInputStream in = new BufferedInputStream(raw, STDIN_PEEK_BYTES);
        try {
            if (firstNonBlank(in) == '{') {
                jsonLines.read(in, "-", "stdin", sink);
                return;
            }
            byte[] bytes = in.readNBytes(byteCap(limits.maxTextBytes()));
            sink.accept(bytes.length > limits.maxTextBytes()
                    ? new ReadResult.Failed("-", limits.inputTooBig(), bytes.length)
                    : article(bytes, Format.TEXT, "stdin", "-", bytes.length));
        } catch (IOException e) {
            sink.accept(new ReadResult.Failed("-", Reasons.of(e), 0));
        }
    }

    private ReadResult readWhole(FileWalker.Input in) {
        long max = limits.maxBytes(in.format());
        if (in.size() > max) {
            return new ReadResult.Failed(in.source(), limits.fileTooBig(in.size()), in.size());
        }
        byte[] bytes;
        try (InputStream stream = Files.newInputStream(in.path())) {
            bytes = stream.readNBytes(byteCap(max));
        } catch (IOException e) {
            return new ReadResult.Failed(in.source(), Reasons.of(e), in.size());
        }
        if (bytes.length > max) {
            return new ReadResult.Failed(in.source(), limits.inputTooBig(), bytes.length);
        }
        return article(bytes, in.format(), in.id(), in.source(), Math.max(in.size(), bytes.length));
    }

    private void readJsonLines(FileWalker.Input in, Consumer<ReadResult> sink) {
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(in.path()))) {
            String binary = binaryFormat(stream);
            if (binary != null) {
                sink.accept(new ReadResult.Failed(in.source(), "binary data, not text (looks like " + binary + ")", in.size()));
                return;
            }
            jsonLines.read(stream, in.source(), in.id(), sink);
        } catch (IOException e) {
            sink.accept(new ReadResult.Failed(in.source(), Reasons.of(e), in.size()));
        }
    }

    private ReadResult article(byte[] bytes, Format format, String id, String source, long size) {
        String title;
        String date = null;
        String url = null;
        String text;
        try {
            if (asIs) {
                title = null;
                text = asIsText(bytes, format);
            } else if (format == Format.HTML) {
                HtmlArticles.Page page = HtmlArticles.read(bytes);
                title = page.title();
                date = page.date();
                url = page.url();
                text = page.text();
            } else {
                TextCleaner.Cleaned cleaned = TextCleaner.clean(Decoding.decode(bytes));
                title = cleaned.title();
                text = cleaned.text();
            }
        } catch (UnreadableInputException e) {
            return new ReadResult.Failed(source, e.getMessage(), size);
        }
        String refusal = limits.refusal(text, asIs);
        return refusal != null
                ? new ReadResult.Failed(source, refusal, size)
                : new ReadResult.Read(new Article(id, title, date, url, text, source), size);
    }

    /** The text exactly as the file holds it, so offsets into it are offsets into the file's characters. */
    private static String asIsText(byte[] bytes, Format format) throws UnreadableInputException {
        if (format == Format.HTML) {
            throw new UnreadableInputException("HTML has no text to give offsets into; give .txt or .jsonl");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException("not valid UTF-8 text");
        }
        if (text.isBlank()) {
            throw new UnreadableInputException("empty file");
        }
        return text;
    }

    private static String binaryFormat(InputStream in) throws IOException {
        in.mark(16);
        byte[] head = in.readNBytes(16);
        in.reset();
        return Decoding.magicName(head);
    }

    private static int firstNonBlank(InputStream in) throws IOException {
        in.mark(STDIN_PEEK_BYTES);
        int c;
        int seen = 0;
        do {
            c = in.read();
            seen++;
        } while (c != -1 && seen < STDIN_PEEK_BYTES && (Character.isWhitespace(c) || c == 0xEF || c == 0xBB || c == 0xBF));
        in.reset();
        return c;
    }

    /** Reading one byte more than the limit tells a stream that is too big from one that just fits. */
    private static int byteCap(long limit) {
        return (int) Math.min(limit + 1, Integer.MAX_VALUE - 16);
    }
}
