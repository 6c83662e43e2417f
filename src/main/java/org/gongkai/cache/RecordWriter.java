package org.gongkai.cache;

import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.DepartmentProfile;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.HomeIntro;
import org.gongkai.model.Narrative;
import org.gongkai.problem.Problem;

/**
 * Writes the records of the cache for {@link RecordReader}: text as a length and UTF-8 bytes
 * ({@code writeUTF} stops at 64 KB, and a narrative's HTML may be longer); names that repeat across
 * records (slugs, departments, units, file names) once, then by number; decimals as their unscaled
 * value and scale, so that pages print them with the decimals they were written with. Not
 * thread-safe.
 */
final class RecordWriter {
    private final DataOutput out;
    private final Map<String, Integer> names = new HashMap<>();

    RecordWriter(DataOutput out) {
        this.out = out;
    }

    void text(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A name that repeats: written once, then by its number. */
    void name(String s) throws IOException {
        Integer n = names.get(s);
        if (n != null) {
            out.writeInt(n);
            return;
        }
        names.put(s, names.size());
        out.writeInt(-1);
        text(s);
    }

    void names(List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            name(s);
        }
    }

    void texts(List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(s);
        }
    }

    void optionalName(Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            name(s.get());
        }
    }

    void optionalText(Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            text(s.get());
        }
    }

    void decimal(Optional<BigDecimal> d) throws IOException {
        if (d.isEmpty()) {
            out.writeByte(0);
        } else if (d.get().unscaledValue().bitLength() < Long.SIZE) {
            out.writeByte(1);
            out.writeLong(d.get().unscaledValue().longValue());
            out.writeInt(d.get().scale());
        } else {
            out.writeByte(2);
            text(d.get().toString());
        }
    }

    void stamp(SourceStamp s) throws IOException {
        text(s.name());
        out.writeLong(s.size());
        out.writeLong(s.mtime());
        byte[] digest = s.digest();
        out.writeInt(digest.length);
        out.write(digest);
        out.writeBoolean(s.racy());
    }

    void problems(List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            name(p.severity().name());
            name(p.kind());
            name(p.file());
            out.writeInt(p.pos().line());
            out.writeInt(p.pos().column());
            text(p.path());
            name(p.message().key());
            texts(p.message().args());
            text(p.stated());
            text(p.computed());
        }
    }

    void summary(DisclosureSummary s) throws IOException {
        name(s.slug());
        name(s.department());
        out.writeInt(s.year());
        name(s.kind().key());
        text(s.title());
        optionalName(s.region());
        out.writeBoolean(s.published().isPresent());
        if (s.published().isPresent()) {
            out.writeLong(s.published().get().toEpochDay());
        }
        name(s.unit());
        decimal(s.budget());
        decimal(s.adjusted());
        decimal(s.actual());
        decimal(s.executionRate());
        decimal(s.score());
        out.writeInt(s.findings());
    }

    void narrative(Narrative n) throws IOException {
        text(n.html());
        out.writeInt(n.headings().size());
        for (Narrative.Heading h : n.headings()) {
            out.writeInt(h.level());
            text(h.text());
            text(h.id());
        }
        out.writeInt(n.lines().size());
        for (Narrative.TextLine l : n.lines()) {
            out.writeInt(l.line());
            text(l.text());
        }
    }

    void profile(DepartmentProfile p) throws IOException {
        name(p.slug());
        optionalText(p.department());
        optionalText(p.region());
        texts(p.functions());
        texts(p.units());
        narrative(p.body());
    }

    void home(HomeIntro h) throws IOException {
        optionalText(h.title());
        narrative(h.body());
    }
}
