package org.gongkai.cache;

import java.io.DataInput;
import java.io.DataOutput;
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

/**
 * Writes and reads the records of the cache with {@link DataOutput}: strings as a length and UTF-8
 * bytes ({@code writeUTF} stops at 64 KB, and a narrative's HTML may be longer), decimals as
 * their exact text, enums by name.
 */
final class Codec {
    private Codec() {}

    static void text(String s, DataOutput out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String text(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    static void texts(List<String> list, DataOutput out) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(s, out);
        }
    }

    static List<String> texts(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(text(in));
        }
        return out;
    }

    static void optionalText(Optional<String> s, DataOutput out) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            text(s.get(), out);
        }
    }

    static Optional<String> optionalText(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
    }

    static void decimal(Optional<BigDecimal> d, DataOutput out) throws IOException {
        // toString gives back the same unscaled value and scale, so that pages print the figure
        // with the decimals it was written with
        optionalText(d.map(BigDecimal::toString), out);
    }

    static Optional<BigDecimal> decimal(DataInput in) throws IOException {
        return optionalText(in).map(BigDecimal::new);
    }

    static void stamp(SourceStamp s, DataOutput out) throws IOException {
        text(s.name(), out);
        out.writeLong(s.size());
        out.writeLong(s.mtime());
        byte[] digest = s.digest();
        out.writeInt(digest.length);
        out.write(digest);
        out.writeBoolean(s.racy());
    }

    static SourceStamp stamp(DataInput in) throws IOException {
        String name = text(in);
        long size = in.readLong();
        long mtime = in.readLong();
        byte[] digest = new byte[in.readInt()];
        in.readFully(digest);
        return new SourceStamp(name, size, mtime, digest, in.readBoolean());
    }

    static void problems(List<Problem> problems, DataOutput out) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            text(p.severity().name(), out);
            text(p.kind(), out);
            text(p.file(), out);
            out.writeInt(p.pos().line());
            out.writeInt(p.pos().column());
            text(p.path(), out);
            text(p.message().key(), out);
            texts(p.message().args(), out);
            text(p.stated(), out);
            text(p.computed(), out);
        }
    }

    static List<Problem> problems(DataInput in) throws IOException {
        int n = in.readInt();
        List<Problem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Severity severity = Severity.valueOf(text(in));
            String kind = text(in);
            String file = text(in);
            Pos pos = Pos.of(in.readInt(), in.readInt());
            String path = text(in);
            Message message = new Message(text(in), texts(in));
            out.add(new Problem(severity, kind, file, pos, path, message, text(in), text(in)));
        }
        return out;
    }

    static void summary(DisclosureSummary s, DataOutput out) throws IOException {
        text(s.slug(), out);
        text(s.department(), out);
        out.writeInt(s.year());
        text(s.kind().key(), out);
        text(s.title(), out);
        optionalText(s.region(), out);
        out.writeBoolean(s.published().isPresent());
        if (s.published().isPresent()) {
            out.writeLong(s.published().get().toEpochDay());
        }
        text(s.unit(), out);
        decimal(s.budget(), out);
        decimal(s.adjusted(), out);
        decimal(s.actual(), out);
        decimal(s.executionRate(), out);
        decimal(s.score(), out);
        out.writeInt(s.findings());
    }

    static DisclosureSummary summary(DataInput in) throws IOException {
        String slug = text(in);
        String department = text(in);
        int year = in.readInt();
        String kind = text(in);
        String title = text(in);
        Optional<String> region = optionalText(in);
        Optional<LocalDate> published =
                in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
        return new DisclosureSummary(
                slug,
                department,
                year,
                Kind.ofKey(kind).orElseThrow(() -> new IllegalArgumentException("kind " + kind)),
                title,
                region,
                published,
                text(in),
                decimal(in),
                decimal(in),
                decimal(in),
                decimal(in),
                decimal(in),
                in.readInt());
    }

    static void narrative(Narrative n, DataOutput out) throws IOException {
        text(n.html(), out);
        out.writeInt(n.headings().size());
        for (Narrative.Heading h : n.headings()) {
            out.writeInt(h.level());
            text(h.text(), out);
            text(h.id(), out);
        }
        out.writeInt(n.lines().size());
        for (Narrative.TextLine l : n.lines()) {
            out.writeInt(l.line());
            text(l.text(), out);
        }
    }

    static Narrative narrative(DataInput in) throws IOException {
        String html = text(in);
        int headings = in.readInt();
        List<Narrative.Heading> hs = new ArrayList<>(headings);
        for (int i = 0; i < headings; i++) {
            hs.add(new Narrative.Heading(in.readInt(), text(in), text(in)));
        }
        int lines = in.readInt();
        List<Narrative.TextLine> ls = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            ls.add(new Narrative.TextLine(in.readInt(), text(in)));
        }
        return new Narrative(html, hs, ls);
    }

    static void profile(DepartmentProfile p, DataOutput out) throws IOException {
        text(p.slug(), out);
        optionalText(p.department(), out);
        optionalText(p.region(), out);
        texts(p.functions(), out);
        texts(p.units(), out);
        narrative(p.body(), out);
    }

    static DepartmentProfile profile(DataInput in) throws IOException {
        return new DepartmentProfile(
                text(in), optionalText(in), optionalText(in), texts(in), texts(in), narrative(in));
    }

    static void home(HomeIntro h, DataOutput out) throws IOException {
        optionalText(h.title(), out);
        narrative(h.body(), out);
    }

    static HomeIntro home(DataInput in) throws IOException {
        return new HomeIntro(optionalText(in), narrative(in));
    }
}
