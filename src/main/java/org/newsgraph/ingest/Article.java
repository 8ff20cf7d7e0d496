package org.newsgraph.ingest;

import org.newsgraph.text.Unicode;

import java.util.Objects;

/**
 * One news article as read from a file, before any NLP. Every field is well-formed Unicode: a lone surrogate (from
 * a JSON escape such as <code>&#92;uD800</code>) becomes U+FFFD, see {@link Unicode#wellFormed}, so that the
 * article the store holds and finds by id is the article read.
 *
 * @param id     stable identifier: the JSON {@code id}/{@code doc_id}, else the file name relative to the ingest root
 * @param title  headline, or {@code null} when none was found
 * @param date   publication date as ISO-8601 text ({@code 2016-08-26} or a full timestamp), or {@code null}
 * @param url    the article's address, or {@code null}
 * @param text   the cleaned body text that NLP reads; character offsets in the graph refer to this text
 * @param source where it was read from (a path, {@code path:line} for JSON Lines, or {@code -} for stdin)
 */
public record Article(String id, String title, String date, String url, String text, String source) {

    public Article {
        id = Unicode.wellFormed(Objects.requireNonNull(id, "id"));
        title = Unicode.wellFormed(title);
        date = Unicode.wellFormed(date);
        url = Unicode.wellFormed(url);
        text = Unicode.wellFormed(Objects.requireNonNull(text, "text"));
        source = Unicode.wellFormed(Objects.requireNonNull(source, "source"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    /** An article with only an id and text, as tests and {@code extract --sentences} need. */
    public static Article of(String id, String text) {
        return new Article(id, null, null, null, text, id);
    }
}
