package org.gongkai.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What a build knew of a source file when it read it: size and modification time (cheap to compare)
 * and a digest of its bytes (to tell a file that was only touched from one that changed).
 *
 * <p>A time is only trusted when the file had not been changed for {@link #RACY_NANOS} before the
 * build read it: on a file system with coarse times (two seconds on FAT) a file changed again
 * within the same tick keeps its time, so such a stamp is marked {@code racy} and the next build
 * compares digests, as git does with its index.
 *
 * @param name the file relative to the site folder ({@code content/lx-zgh/2023.md})
 * @param mtime nanoseconds since the epoch
 * @param digest MD5 of the bytes: not a security boundary (whoever can write content can change the
 *     site anyway), only a check for accidental equality, and twice as fast as SHA-256 here
 */
public record SourceStamp(String name, long size, long mtime, byte[] digest, boolean racy) {
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    public SourceStamp {
        Objects.requireNonNull(name, "name");
        digest = digest.clone();
    }

    /**
     * Stamps {@code file} as a build that started at {@code buildStart} (nanoseconds since the
     * epoch, {@link #now}) reads it.
     */
    public static SourceStamp of(Path file, String name, long buildStart) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            byte[] digest = digest(Files.readAllBytes(file));
            return new SourceStamp(name, a.size(), mtime, digest, mtime >= buildStart - RACY_NANOS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** The time now, as file times count it. */
    public static long now() {
        return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    }

    /** Whether {@code file} is unchanged by size and time alone, without reading it. */
    public boolean sameTimes(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return !racy
                    && a.size() == size
                    && a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == mtime;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code other}, a stamp of the same file taken now, has the same bytes. */
    public boolean sameBytes(SourceStamp other) {
        return size == other.size && Arrays.equals(digest, other.digest);
    }

    static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceStamp s
                && s.name.equals(name)
                && s.size == size
                && s.mtime == mtime
                && Arrays.equals(s.digest, digest)
                && s.racy == racy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, size, mtime, Arrays.hashCode(digest), racy);
    }

    @Override
    public String toString() {
        return name + " (" + size + " bytes, " + mtime + ")";
    }
}
