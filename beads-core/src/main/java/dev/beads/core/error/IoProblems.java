package dev.beads.core.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * I/O failures in a user's words. The JDK's messages are the bare path ({@code NoSuchFileException: /a/b}), which
 * reads as nothing without the class name; every place that reports an {@link IOException} says what went wrong
 * through {@link #describe}, so no user sees a Java class name.
 */
public final class IoProblems {
    private IoProblems() {}

    /** A backend failure of {@code doing} ("could not write /x/y.jsonl"), followed by what went wrong. */
    public static BackendException failure(String doing, IOException e) {
        return new BackendException(doing + ": " + describe(e), e);
    }

    /** What went wrong, as a phrase: {@code directory /x does not exist}, {@code permission denied: /x/y}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String file = fs.getFile();
            return switch (fs) {
                case NoSuchFileException missing -> missing(file);
                case AccessDeniedException denied -> "permission denied: " + file;
                case FileAlreadyExistsException exists -> file + " already exists";
                case NotDirectoryException notDir -> file + " is not a directory";
                case DirectoryNotEmptyException notEmpty -> "directory " + file + " is not empty";
                default -> fs.getReason() == null ? "cannot use " + file : file + ": " + lower(fs.getReason());
            };
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : lower(message);
    }

    /** A missing file, or the directory that should hold it when that is what is missing. */
    private static String missing(String file) {
        Path parent;
        try {
            parent = Path.of(file).toAbsolutePath().getParent();
        } catch (InvalidPathException e) {
            return file + " does not exist";
        }
        if (parent == null || Files.isDirectory(parent)) {
            return file + " does not exist";
        }
        return "directory " + parent + " does not exist";
    }

    private static String lower(String reason) {
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
}
