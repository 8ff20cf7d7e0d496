package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads an HTML file: metadata for title, date and address; the article body as cleaned text. */
final class HtmlArticles {

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_BYTES = 4096;

    /** What an HTML page holds; {@code text} is cleaned and may be empty. */
    record Page(String title, String date, String url, String text) {
    }

    private HtmlArticles() {
    }

    static Page read(byte[] bytes) throws UnreadableInputException {
        Document doc = Jsoup.parse(decode(bytes));
        HtmlMetadata meta = HtmlMetadata.of(doc);
        TextCleaner.Cleaned cleaned = TextCleaner.clean(HtmlBody.paragraphs(doc), meta.title());
        return new Page(cleaned.title(), meta.date(), meta.url(), cleaned.text());
    }

    /**
     * What {@link Decoding} makes of the bytes, unless they are not UTF-8 and the page declares a
     * single-byte charset (windows-1251, ISO-8859-2, …), which is then used.
     */
    private static String decode(byte[] bytes) throws UnreadableInputException {
        String text = Decoding.decode(bytes);
        if (Decoding.hasBom(bytes) || Decoding.isUtf8(bytes)) {
            return text;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find() || m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("utf")) {
            return text;
        }
        try {
            return Decoding.normalize(new String(bytes, Charset.forName(m.group(1))));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return text;
        }
    }
}
