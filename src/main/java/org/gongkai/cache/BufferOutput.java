package org.gongkai.cache;

import java.io.DataOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A {@link DataOutput} in the format of {@link java.io.DataOutputStream}, into a buffer that goes
 * to {@code sink} whenever it is full, with a CRC of everything written. The stream writes an
 * {@code int} as four calls of a synchronized {@code write}: a third of the time of writing the
 * cache of a 10,000-page site. Not thread-safe.
 */
final class BufferOutput implements DataOutput {
    // Larger than the longest writeUTF, so that one always fits once the buffer is flushed.
    private final byte[] buf = new byte[1 << 17];
    private final OutputStream sink;
    private final CRC32 crc = new CRC32();
    private int size;

    BufferOutput(OutputStream sink) {
        this.sink = sink;
    }

    private void ensure(int more) throws IOException {
        if (size + more > buf.length) {
            flush();
        }
    }

    /** Sends what is buffered to the sink. */
    void flush() throws IOException {
        crc.update(buf, 0, size);
        sink.write(buf, 0, size);
        size = 0;
    }

    /** The CRC-32 of what was flushed so far. */
    int crc() {
        return (int) crc.getValue();
    }

    @Override
    public void write(int b) throws IOException {
        ensure(1);
        buf[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensure(len);
        if (len > buf.length) {
            crc.update(b, off, len);
            sink.write(b, off, len);
            return;
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    @Override
    public void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) throws IOException {
        write(v);
    }

    @Override
    public void writeShort(int v) throws IOException {
        ensure(2);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    @Override
    public void writeChar(int v) throws IOException {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) throws IOException {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    @Override
    public void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    @Override
    public void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) throws IOException {
        if (s.length() > buf.length) {
            write(s.getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    @Override
    public void writeChars(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    /** Modified UTF-8 after a two-byte length, as {@link java.io.DataOutputStream#writeUTF}. */
    @Override
    public void writeUTF(String s) throws IOException {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        if (bytes > 0xFFFF) {
            throw new UTFDataFormatException("longer than 65535 bytes: " + bytes);
        }
        writeShort(bytes);
        ensure(bytes);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 1 && c < 0x80) {
                buf[size++] = (byte) c;
            } else if (c < 0x800) {
                buf[size++] = (byte) (0xC0 | c >> 6);
                buf[size++] = (byte) (0x80 | c & 0x3F);
            } else {
                buf[size++] = (byte) (0xE0 | c >> 12);
                buf[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }
}
