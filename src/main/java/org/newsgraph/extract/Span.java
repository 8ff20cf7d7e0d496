package org.newsgraph.extract;

/**
 * A character range in an article's text, begin inclusive, end exclusive.
 */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    public int length() {
        return end - begin;
    }
}
