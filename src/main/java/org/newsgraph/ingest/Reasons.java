package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short human sentences for I/O failures, the one wording of every command. */
public final class Reasons {

    private Reasons() {
    }

    /** Why a file the user named (an argument, not one found in a folder) could not be read. */
    public static String ofNamed(IOException e) {
        return e instanceof NoSuchFileException ? "no such file or folder" : of(e);
    }

    /** Why a file could not be read. */
    public static String of(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        if (e instanceof NoSuchFileException) {
            return "file not found (removed while reading, or a broken link)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        String message = e.getMessage();
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("is a directory")) {
            return "a folder, not a file";
        }
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
    }
}
