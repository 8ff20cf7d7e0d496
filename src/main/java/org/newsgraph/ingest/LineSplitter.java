package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream one at a time. A line longer than the limit is read through
 * without being kept, so a huge line costs no memory.
 */
final class LineSplitter {

    /**
     * One line.
     *
     * @param number 1-based line number
     * @param text   the line without its line end, or {@code null} when it was over the limit
     * @param bytes  bytes the line took in the stream, line end included
     */
    record Line(long number, String text, long bytes) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private int pos;
    private int end;
    private long number;

    LineSplitter(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        current.reset();
        long bytes = 0;
        boolean overLimit = false;
        while (true) {
            if (pos == end && !fill()) {
                if (bytes == 0) {
                    return null;
                }
                break;
            }
            int stop = pos;
            while (stop < end && buffer[stop] != '\n') {
                stop++;
            }
            int n = stop - pos;
            bytes += n;
            if (!overLimit && current.size() + (long) n > maxBytes) {
                overLimit = true;
                current.reset();
            }
            if (!overLimit) {
                current.write(buffer, pos, n);
            }
            pos = stop;
            if (stop < end) {
                pos++;
                bytes++;
                break;
            }
        }
        number++;
        return new Line(number, overLimit ? null : text(), bytes);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        pos = 0;
        end = Math.max(read, 0);
        return read > 0;
    }

    private String text() {
        String s = current.toString(StandardCharsets.UTF_8);
        if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        return number == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
