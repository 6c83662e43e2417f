package org.gongkai.cache;

import java.io.DataInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.HomeIntro;
import org.gongkai.model.Kind;
import org.gongkai.model.Narrative;
import org.gongkai.problem.Message;
import org.gongkai.problem.Pos;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;

/** Reads what {@link RecordWriter} wrote, in the same order. Not thread-safe. */
final class RecordReader {
    private final DataInput in;
    private final List<String> names = new ArrayList<>();

    RecordReader(DataInput in) {
        this.in = in;
    }

    String text() throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    String name() throws IOException {
        int n = in.readInt();
        if (n >= 0) {
            return names.get(n);
        }
        String s = text();
        names.add(s);
        return s;
    }

    List<String> names() throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(name());
        }
        return out;
    }

    List<String> texts() throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(text());
        }
        return out;
    }

    Optional<String> optionalName() throws IOException {
        return in.readBoolean() ? Optional.of(name()) : Optional.empty();
    }

    Optional<String> optionalText() throws IOException {
        return in.readBoolean() ? Optional.of(text()) : Optional.empty();
    }

    Optional<BigDecimal> decimal() throws IOException {
        return switch (in.readByte()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(BigDecimal.valueOf(in.readLong(), in.readInt()));
            case 2 -> Optional.of(new BigDecimal(text()));
            default -> throw new IOException("not a decimal");
        };
    }

    SourceStamp stamp() throws IOException {
        String name = text();
        long size = in.readLong();
        long mtime = in.readLong();
        byte[] digest = new byte[in.readInt()];
        in.readFully(digest);
        return new SourceStamp(name, size, mtime, digest, in.readBoolean());
    }

    List<Problem> problems() throws IOException {
        int n = in.readInt();
        List<Problem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Severity severity = Severity.valueOf(name());
            String kind = name();
            String file = name();
            Pos pos = Pos.of(in.readInt(), in.readInt());
            String path = text();
            Message message = new Message(name(), texts());
            out.add(new Problem(severity, kind, file, pos, path, message, text(), text()));
        }
        return out;
    }

    DisclosureSummary summary() throws IOException {
        String slug = name();
        String department = name();
        int year = in.readInt();
        String kind = name();
        String title = text();
        Optional<String> region = optionalName();
        Optional<LocalDate> published =
                in.readBoolean()
                        ? Optional.of(LocalDate.ofEpochDay(in.readLong()))
                        : Optional.empty();
        return new DisclosureSummary(
                slug,
                department,
                year,
                Kind.ofKey(kind).orElseThrow(() -> new IOException("not a kind: " + kind)),
                title,
                region,
                published,
                name(),
                decimal(),
                decimal(),
                decimal(),
                decimal(),
                decimal(),
                in.readInt());
    }

    Narrative narrative() throws IOException {
        String html = text();
        int headings = in.readInt();
        List<Narrative.Heading> hs = new ArrayList<>(headings);
        for (int i = 0; i < headings; i++) {
            hs.add(new Narrative.Heading(in.readInt(), text(), text()));
        }
        int lines = in.readInt();
        List<Narrative.TextLine> ls = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            ls.add(new Narrative.TextLine(in.readInt(), text()));
        }
        return new Narrative(html, hs, ls);
    }

    DepartmentProfile profile() throws IOException {
        return new DepartmentProfile(
                name(), optionalText(), optionalText(), texts(), texts(), narrative());
    }

    HomeIntro home() throws IOException {
        return new HomeIntro(optionalText(), narrative());
    }
}
