package org.newsgraph.pipeline;

/**
 * What one ingest run did.
 *
 * @param articles  articles stored
 * @param sentences sentences read in them
 * @param facts     facts stored
 * @param entities  distinct entities named in them
 * @param failures  inputs or articles that could not be stored
 * @param unchanged articles left alone because the store already holds them as this run would store them
 * @param annotated articles CoreNLP annotated in this run (the others' annotations came from the cache)
 * @param seconds   wall-clock time
 */
public record IngestSummary(int articles, int sentences, int facts, int entities, int failures, int unchanged,
                            int annotated, double seconds) {

    /** The one-line summary printed at the end of a run. */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "%d articles, %d sentences, %d facts, %d entities, %d failures, %.1f s"
                        + " (%d unchanged and left alone, %d annotated by CoreNLP)",
                articles, sentences, facts, entities, failures, seconds, unchanged, annotated);
    }
}
