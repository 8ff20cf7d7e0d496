/**
 * Reading news articles from files, folders and standard input into {@link org.newsgraph.ingest.Article}s.
 *
 * <p>{@link org.newsgraph.ingest.ArticleSource} walks the inputs and yields one
 * {@link org.newsgraph.ingest.ReadResult} per article or failed input. Plain text, HTML and JSON
 * Lines are supported; {@link org.newsgraph.ingest.Decoding} turns bytes into text and
 * {@link org.newsgraph.ingest.TextCleaner} strips page furniture so that every paragraph of the
 * article text is a run of real prose.
 */
package org.newsgraph.ingest;
