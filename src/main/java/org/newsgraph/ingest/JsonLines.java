package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads JSON Lines: one object per line with a string {@code text} and optional {@code id} (or
 * {@code doc_id}), {@code title}, {@code date} and {@code url}. Each bad line gives one
 * {@link ReadResult.Failed}; blank lines are skipped; the stream is read one line at a time. The text is cleaned
 * for NLP unless read {@linkplain ArticleSource#asIs() as is}.
 */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Limits limits;
    private final boolean asIs;

    /** @param asIs keep {@code text} and {@code title} as given, see {@link ArticleSource#asIs()} */
    JsonLines(Limits limits, boolean asIs) {
        this.limits = limits;
        this.asIs = asIs;
    }

    /**
     * @param source a line's source is {@code source:LINE}
     * @param idBase a line without an id gets {@code idBase#LINE}
     */
    void read(InputStream in, String source, String idBase, Consumer<ReadResult> sink) throws IOException {
        LineSplitter lines = new LineSplitter(in, limits.maxTextBytes());
        long skippedBytes = 0;
        boolean any = false;
        for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
            if (!line.tooLong() && line.text().isBlank()) {
                skippedBytes += line.bytes();
                continue;
            }
            String lineSource = source + ":" + line.number();
            long bytes = line.bytes() + skippedBytes;
            skippedBytes = 0;
            any = true;
            sink.accept(line.tooLong()
                    ? new ReadResult.Failed(lineSource, limits.lineTooLong(), bytes)
                    : parse(line.text(), lineSource, idBase + "#" + line.number(), bytes));
        }
        if (!any) {
            sink.accept(new ReadResult.Failed(source, "empty file", skippedBytes));
        }
    }

    /** One JSON object as an article, or the reason it is not one. */
    ReadResult parse(String json, String source, String fallbackId, long bytes) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new ReadResult.Failed(source, "not valid JSON: " + shortMessage(e), bytes);
        }
        if (node == null || !node.isObject()) {
            return new ReadResult.Failed(source, "not a JSON object (found " + kind(node) + ")", bytes);
        }
        JsonNode text = node.get("text");
        String problem = text == null || text.isNull() ? "no \"text\" field"
                : !text.isTextual() ? "\"text\" is not a string (found " + kind(text) + ")"
                : text.asText().isBlank() ? "\"text\" is blank"
                : null;
        if (problem != null) {
            return new ReadResult.Failed(source, problem, bytes);
        }
        TextCleaner.Cleaned cleaned = asIs ? new TextCleaner.Cleaned(string(node, "title"), text.asText())
                : TextCleaner.clean(text.asText(), string(node, "title"));
        String refusal = limits.refusal(cleaned.text(), asIs);
        if (refusal != null) {
            return new ReadResult.Failed(source, refusal, bytes);
        }
        String id = firstNonNull(id(node.get("id")), id(node.get("doc_id")), fallbackId);
        Article article = new Article(id, cleaned.title(), Dates.normalize(string(node, "date")),
                string(node, "url"), cleaned.text(), source);
        return new ReadResult.Read(article, bytes);
    }

    private static String id(JsonNode node) {
        if (node == null || !(node.isTextual() || node.isNumber())) {
            return null;
        }
        String id = node.asText().strip();
        return id.isEmpty() ? null : id;
    }

    private static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalArgumentException("no value");
    }

    private static String kind(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> "nothing";
        };
    }

    private static String shortMessage(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
        return message.length() > 100 ? message.substring(0, 97) + "..." : message;
    }
}
