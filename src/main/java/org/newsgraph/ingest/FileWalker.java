package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the input files under a path given on the command line. Folders are walked depth first in
 * path order, following symbolic links but never entering the same folder twice; hidden entries
 * and files of unknown type are skipped.
 */
final class FileWalker {

    /** What the walk found. */
    sealed interface Entry {
    }

    /** A file to read; {@code id} is its path relative to the walked root, with {@code /} separators. */
    record Input(Path path, String id, String source, Format format, long size) implements Entry {
    }

    /** Something in the way that the user should hear about. */
    record Problem(String source, String reason) implements Entry {
    }

    private record Child(Path path, boolean folder, long size) {
        String sortKey() {
            return path.getFileName() + (folder ? "/" : "");
        }
    }

    private final Path root;
    private final Map<Path, String> walkedFolders = new HashMap<>();
    private final Deque<Iterator<Child>> pending = new ArrayDeque<>();

    private FileWalker(Path root) {
        this.root = root;
    }

    /** Reports every input file and every problem under {@code given}, in a stable order. */
    static void walk(String given, Consumer<Entry> out) {
        if (given.isBlank()) {
            out.accept(new Problem(given, "empty path"));
            return;
        }
        Path path;
        BasicFileAttributes attrs;
        try {
            path = Path.of(given);
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (InvalidPathException e) {
            out.accept(new Problem(given, "not a valid path"));
            return;
        } catch (IOException e) {
            boolean brokenLink = Files.isSymbolicLink(Path.of(given));
            out.accept(new Problem(given, brokenLink ? "broken symbolic link"
                    : Reasons.ofNamed(e)));
            return;
        }
        if (attrs.isDirectory()) {
            new FileWalker(path).walkFolder(out);
        } else {
            Path name = path.getFileName();
            Format format = Format.of(name.toString()).orElse(Format.TEXT);
            out.accept(new Input(path, name.toString(), given, format, attrs.isRegularFile() ? attrs.size() : 0));
        }
    }

    private void walkFolder(Consumer<Entry> out) {
        enter(root, out);
        while (!pending.isEmpty()) {
            Iterator<Child> children = pending.peek();
            if (!children.hasNext()) {
                pending.pop();
                continue;
            }
            Child child = children.next();
            Optional<Format> format = Format.of(child.path().getFileName().toString());
            if (child.folder() && format.isPresent()) {
                out.accept(new Problem(child.path().toString(), "a folder named like a file; not read"));
            } else if (child.folder()) {
                enter(child.path(), out);
            } else {
                format.ifPresent(f -> out.accept(new Input(child.path(), relativeId(child.path()),
                        child.path().toString(), f, child.size())));
            }
        }
    }

    private void enter(Path folder, Consumer<Entry> out) {
        String source = folder.toString();
        try {
            String earlier = walkedFolders.putIfAbsent(folder.toRealPath(), source);
            if (earlier != null) {
                out.accept(new Problem(source, "same folder as " + earlier + " (symbolic link); not walked again"));
                return;
            }
            pending.push(list(folder).iterator());
        } catch (IOException e) {
            out.accept(new Problem(source, "cannot list folder: " + Reasons.of(e)));
        } catch (DirectoryIteratorException e) {
            out.accept(new Problem(source, "cannot list folder: " + Reasons.of(e.getCause())));
        }
    }

    private static List<Child> list(Path folder) throws IOException {
        List<Child> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (!p.getFileName().toString().startsWith(".")) {
                    children.add(child(p));
                }
            }
        }
        children.sort(Comparator.comparing(Child::sortKey));
        return children;
    }

    /** An entry whose attributes cannot be read is treated as a file, so reading it reports why. */
    private static Child child(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new Child(p, a.isDirectory(), a.isRegularFile() ? a.size() : 0);
        } catch (IOException e) {
            return new Child(p, false, 0);
        }
    }

    private String relativeId(Path file) {
        StringBuilder id = new StringBuilder();
        for (Path part : root.relativize(file)) {
            id.append(id.length() == 0 ? "" : "/").append(part);
        }
        return id.toString();
    }
}
