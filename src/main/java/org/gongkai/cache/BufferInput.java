package org.gongkai.cache;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * A {@link DataInput} over an array, reading what {@link BufferOutput} or {@link
 * java.io.DataOutputStream} wrote, without the synchronized single-byte reads of a {@link
 * DataInputStream} over a {@link java.io.ByteArrayInputStream}. Not thread-safe.
 */
final class BufferInput implements DataInput {
    private final byte[] buf;
    private final int end;
    private int pos;

    BufferInput(byte[] buf, int end) {
        this.buf = buf;
        this.end = end;
    }

    private void need(int n) throws EOFException {
        if (n < 0 || end - pos < n) {
            throw new EOFException();
        }
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        need(len);
        System.arraycopy(buf, pos, b, off, len);
        pos += len;
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - pos));
        pos += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        need(1);
        return buf[pos++];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        need(2);
        int v = (buf[pos] & 0xFF) << 8 | buf[pos + 1] & 0xFF;
        pos += 2;
        return (short) v;
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xFFFF;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        need(4);
        int v =
                (buf[pos] & 0xFF) << 24
                        | (buf[pos + 1] & 0xFF) << 16
                        | (buf[pos + 2] & 0xFF) << 8
                        | buf[pos + 3] & 0xFF;
        pos += 4;
        return v;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /**
     * As {@link DataInputStream#readLine}: bytes as Latin-1 up to {@code \n}, {@code \r} or both.
     */
    @Override
    public String readLine() {
        if (pos >= end) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        while (pos < end) {
            int c = buf[pos++] & 0xFF;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                if (pos < end && buf[pos] == '\n') {
                    pos++;
                }
                break;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
