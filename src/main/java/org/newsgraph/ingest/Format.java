package org.newsgraph.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats, recognised by file extension. */
enum Format {
    TEXT, HTML, JSON_LINES;

    /** The format a file name's extension (any case) names, if it names one. */
    static Optional<Format> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm" -> Optional.of(HTML);
            case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }
}
