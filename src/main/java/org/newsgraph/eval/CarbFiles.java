package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** CaRB's tab-separated files: gold tuples and system extractions. */
public final class CarbFiles {

    private CarbFiles() {
    }

    /** The gold sentences in file order (first occurrence), as written. */
    public static List<String> goldSentences(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CarbTuple t : readGold(file)) {
            if (seen.add(t.sentence())) {
                out.add(t.sentence());
            }
        }
        return out;
    }

    /** Reads gold tuples; arguments containing "C: " (context) are dropped, everything is trimmed. */
    public static List<CarbTuple> readGold(Path file) throws IOException {
        List<CarbTuple> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] data = line.strip().split("\t", -1);
            if (data.length < 2) {
                continue;
            }
            List<String> args = new ArrayList<>();
            for (int i = 2; i < data.length; i++) {
                if (!data[i].contains("C: ")) {
                    args.add(data[i].strip());
                }
            }
            out.add(new CarbTuple(data[0].strip(), 1.0, data[1].strip(), args));
        }
        return out;
    }

    /** Reads a system file: {@code sentence TAB confidence TAB relation TAB arg1 TAB arg2 ...}; blank lines skipped. */
    public static List<CarbTuple> readSystem(Path file) throws IOException {
        List<CarbTuple> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] data = line.strip().split("\t", -1);
                if (data.length < 3) {
                    throw new IOException(file + ":" + n + ": expected sentence, confidence and relation");
                }
                double confidence;
                try {
                    confidence = Double.parseDouble(data[1]);
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + n + ": confidence is not a number: " + data[1]);
                }
                out.add(new CarbTuple(data[0], confidence, data[2], Arrays.asList(data).subList(3, data.length)));
            }
        }
        return out;
    }
}
