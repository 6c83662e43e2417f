package org.gongkai.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** BufferInput reads as DataInputStream reads the same bytes. */
class BufferInputTest {
    @Test
    void readsWhatDataOutputStreamWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(-7);
        out.writeLong(Long.MIN_VALUE + 3);
        out.writeDouble(575.65);
        out.writeFloat(-0.5f);
        out.writeUTF("泸县总工会");
        out.writeBoolean(true);
        byte[] b = bytes.toByteArray();

        BufferInput in = new BufferInput(b, b.length);
        assertThat(in.readInt()).isEqualTo(-7);
        assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE + 3);
        assertThat(in.readDouble()).isEqualTo(575.65);
        assertThat(in.readFloat()).isEqualTo(-0.5f);
        assertThat(in.readUTF()).isEqualTo("泸县总工会");
        assertThat(in.readBoolean()).isTrue();
        assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
    }

    @Test
    @SuppressWarnings("deprecation") // DataInputStream.readLine is the reference
    void readsLinesAsDataInputStreamDoes() throws IOException {
        byte[] b = "one\ntwo\r\nthree\rfour\n\nlast".getBytes(StandardCharsets.ISO_8859_1);
        BufferInput in = new BufferInput(b, b.length);
        DataInputStream reference = new DataInputStream(new ByteArrayInputStream(b));
        String line;
        do {
            line = reference.readLine();
            assertThat(in.readLine()).isEqualTo(line);
        } while (line != null);
    }
}
