package org.newsgraph.link;

import org.apache.commons.io.file.PathUtils;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * How Wikipedia names things: the dictionary CoreNLP's {@code models-english-kbp} jar ships
 * ({@code wikidict.tab.gz}: surface string, page, score; one page per string), as a compact index on disk.
 *
 * <p>Loading the raw dictionary the way CoreNLP does takes gigabytes of heap; this index is built once
 * ({@link #build}) into a folder of three files and then memory-mapped, so opening it costs no heap: the sorted
 * 64-bit hashes of the surface strings, each string's page number and score, and the page titles. A lookup is a
 * binary search over the mapped hashes. Two different strings could share a hash; at 21 million strings the
 * chance that any given lookup meets such a collision is about one in a trillion.
 */
public final class WikiDict implements AutoCloseable {

    /** What the dictionary says of one string: the page it names and how often it does. */
    public record Entry(String page, double score) {
    }

    /** Where the raw dictionary lives on the classpath when the kbp models jar is there. */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    private static final String HASHES = "hashes.bin";
    private static final String ENTRIES = "entries.bin";
    private static final String TITLES = "titles.bin";
    private static final int MAGIC = 0x4e475744; // "NGWD"

    private final FileChannel[] channels;
    private final LongBuffer hashes;
    private final MappedByteBuffer entries;
    private final MappedByteBuffer titles;
    private final int titleCount;

    private WikiDict(FileChannel[] channels, LongBuffer hashes, MappedByteBuffer entries, MappedByteBuffer titles) {
        this.channels = channels;
        this.hashes = hashes;
        this.entries = entries;
        this.titles = titles;
        this.titleCount = titles.getInt(4);
    }

    /** Opens an index built by {@link #build}. */
    public static WikiDict open(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        FileChannel h = FileChannel.open(dir.resolve(HASHES), StandardOpenOption.READ);
        FileChannel e = FileChannel.open(dir.resolve(ENTRIES), StandardOpenOption.READ);
        FileChannel t = FileChannel.open(dir.resolve(TITLES), StandardOpenOption.READ);
        MappedByteBuffer hb = h.map(FileChannel.MapMode.READ_ONLY, 0, h.size());
        hb.order(ByteOrder.BIG_ENDIAN);
        if (hb.getInt(0) != MAGIC) {
            throw new IOException(dir + " is not a newsgraph Wikipedia dictionary index");
        }
        LongBuffer hashes = hb.position(8).slice().asLongBuffer();
        return new WikiDict(new FileChannel[] {h, e, t}, hashes,
                e.map(FileChannel.MapMode.READ_ONLY, 0, e.size()),
                t.map(FileChannel.MapMode.READ_ONLY, 0, t.size()));
    }

    /** Number of strings in the dictionary. */
    public int size() {
        return hashes.limit();
    }

    /** The page this exact string names, if the dictionary has it. */
    public Optional<Entry> lookup(String surface) {
        long h = hash(surface);
        int lo = 0;
        int hi = hashes.limit() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = hashes.get(mid);
            if (v < h) {
                lo = mid + 1;
            } else if (v > h) {
                hi = mid - 1;
            } else {
                int page = entries.getInt(mid * 8);
                float score = entries.getFloat(mid * 8 + 4);
                return Optional.of(new Entry(title(page), score));
            }
        }
        return Optional.empty();
    }

    private String title(int page) {
        int start = titles.getInt(8 + page * 4);
        int end = page + 1 < titleCount ? titles.getInt(8 + (page + 1) * 4) : titles.getInt(8 + titleCount * 4);
        byte[] bytes = new byte[end - start];
        titles.get(8 + (titleCount + 1) * 4 + start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        for (FileChannel c : channels) {
            c.close();
        }
    }

    /**
     * Builds the index from the raw dictionary ({@code surface TAB page TAB score} lines, gzipped) into
     * {@code dir}, atomically: the folder appears complete or not at all. A string listed twice keeps its first
     * line.
     */
    public static void build(InputStream gzipped, Path dir) throws IOException {
        Path tmp = Files.createTempDirectory(dir.toAbsolutePath().getParent(), dir.getFileName() + ".building");
        long[] hashes = new long[1 << 20];
        int[] pages = new int[1 << 20];
        float[] scores = new float[1 << 20];
        int n = 0;
        Map<String, Integer> pageIds = new HashMap<>();
        java.util.List<String> titles = new java.util.ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                int t1 = line.indexOf('\t');
                int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
                if (t2 < 0) {
                    continue;
                }
                String page = line.substring(t1 + 1, t2);
                float score;
                try {
                    score = Float.parseFloat(line.substring(t2 + 1).strip());
                } catch (NumberFormatException malformed) {
                    continue;
                }
                if (n == hashes.length) {
                    hashes = java.util.Arrays.copyOf(hashes, n * 2);
                    pages = java.util.Arrays.copyOf(pages, n * 2);
                    scores = java.util.Arrays.copyOf(scores, n * 2);
                }
                Integer id = pageIds.get(page);
                if (id == null) {
                    id = titles.size();
                    pageIds.put(page, id);
                    titles.add(page);
                }
                hashes[n] = hash(line.substring(0, t1));
                pages[n] = id;
                scores[n] = score;
                n++;
            }
        }
        pageIds.clear();
        int[] order = sortedOrder(hashes, n);
        try (DataOutputStream h = out(tmp.resolve(HASHES)); DataOutputStream e = out(tmp.resolve(ENTRIES))) {
            h.writeInt(MAGIC);
            h.writeInt(0);
            long previous = 0;
            boolean first = true;
            for (int i = 0; i < n; i++) {
                int k = order[i];
                if (!first && hashes[k] == previous) {
                    continue;
                }
                first = false;
                previous = hashes[k];
                h.writeLong(hashes[k]);
                e.writeInt(pages[k]);
                e.writeFloat(scores[k]);
            }
        }
        try (DataOutputStream t = out(tmp.resolve(TITLES))) {
            t.writeInt(MAGIC);
            t.writeInt(titles.size());
            int offset = 0;
            byte[][] encoded = new byte[titles.size()][];
            for (int i = 0; i < titles.size(); i++) {
                encoded[i] = titles.get(i).getBytes(StandardCharsets.UTF_8);
                t.writeInt(offset);
                offset += encoded[i].length;
            }
            t.writeInt(offset);
            for (byte[] b : encoded) {
                t.write(b);
            }
        }
        if (Files.exists(dir)) {
            PathUtils.deleteDirectory(dir);
        }
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The 64-bit FNV-1a hash of a string's UTF-8 bytes, mixed so that near strings land far apart. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Indexes 0..n-1 ordered by their hash (a stable sort of primitives, no boxing of 21 million values). */
    private static int[] sortedOrder(long[] hashes, int n) {
        int[] order = new int[n];
        long[] keys = java.util.Arrays.copyOf(hashes, n);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        quicksort(keys, order, 0, n - 1);
        return order;
    }

    private static void quicksort(long[] keys, int[] order, int lo, int hi) {
        while (lo < hi) {
            if (hi - lo < 16) {
                for (int i = lo + 1; i <= hi; i++) {
                    long k = keys[i];
                    int o = order[i];
                    int j = i - 1;
                    while (j >= lo && (keys[j] > k || keys[j] == k && order[j] > o)) {
                        keys[j + 1] = keys[j];
                        order[j + 1] = order[j];
                        j--;
                    }
                    keys[j + 1] = k;
                    order[j + 1] = o;
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            long pk = keys[mid];
            int po = order[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pk || keys[i] == pk && order[i] < po) {
                    i++;
                }
                while (keys[j] > pk || keys[j] == pk && order[j] > po) {
                    j--;
                }
                if (i <= j) {
                    long tk = keys[i];
                    keys[i] = keys[j];
                    keys[j] = tk;
                    int to = order[i];
                    order[i] = order[j];
                    order[j] = to;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                quicksort(keys, order, lo, j);
                lo = i;
            } else {
                quicksort(keys, order, i, hi);
                hi = j;
            }
        }
    }

    private static DataOutputStream out(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), 1 << 20));
    }
}
