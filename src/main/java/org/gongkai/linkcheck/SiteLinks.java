package org.gongkai.linkcheck;

import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a check learnt about each page and style sheet of a site: the other files of the site it
 * links to, and its findings. {@link LinkChecker#checkChange} reads it to know which unchanged
 * pages a change can break (those linking to a deleted file, or to a fragment of a changed page),
 * and to report the findings of the pages it does not read again. Immutable.
 *
 * <p>Kept compact for large sites: every path once, in a table, and each page's links as numbers
 * into it (a 10,000-page site has some 400,000 links to 20,000 files), so that it is written and
 * read without a lookup per link.
 */
public final class SiteLinks {
    /** Nothing recorded: a site whose pages were never checked. */
    public static final SiteLinks NONE = new SiteLinks(new String[0], new TreeMap<>());

    private static final int FORMAT = 2;

    private final String[] table;
    // By page: its links as (index into the table) << 1 | (1 when a fragment of the target was
    // looked up), and its findings.
    private final TreeMap<String, Page> pages;

    private record Page(int[] links, List<LinkFinding> findings) {}

    private SiteLinks(String[] table, TreeMap<String, Page> pages) {
        this.table = table;
        this.pages = pages;
    }

    /** From the results of a check, for the pages it read. */
    static SiteLinks of(List<PageCheck.Result> results, List<LinkFinding> findings) {
        return NONE.with(List.of(), results, findings);
    }

    /**
     * These pages, less {@code removed}, with the pages of {@code results} (read again, or new) in
     * place of what was known of them.
     *
     * @param findings the located findings of {@code results}
     */
    SiteLinks with(
            Collection<String> removed,
            List<PageCheck.Result> results,
            List<LinkFinding> findings) {
        Map<String, List<LinkFinding>> byFile = new HashMap<>();
        for (LinkFinding f : findings) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> paths = new ArrayList<>(Arrays.asList(table));
        for (int i = 0; i < table.length; i++) {
            index.put(table[i], i);
        }
        TreeMap<String, Page> out = new TreeMap<>(pages);
        out.keySet().removeAll(removed);
        for (PageCheck.Result r : results) {
            int[] links = new int[r.targets().size()];
            int i = 0;
            for (Map.Entry<String, Boolean> e : new TreeMap<>(r.targets()).entrySet()) {
                Integer at = index.get(e.getKey());
                if (at == null) {
                    at = paths.size();
                    index.put(e.getKey(), at);
                    paths.add(e.getKey());
                }
                links[i++] = at << 1 | (e.getValue() ? 1 : 0);
            }
            out.put(r.path(), new Page(links, List.copyOf(byFile.getOrDefault(r.path(), List.of()))));
        }
        return new SiteLinks(paths.toArray(new String[0]), out);
    }

    /**
     * The pages, other than {@code changed}, that link to a file in {@code deleted} or to a
     * fragment of a page in {@code changed}.
     */
    Set<String> linkingTo(Set<String> changed, Set<String> deleted) {
        // Which links matter, by their number: 1 for a deleted file, 2 for a fragment of a changed page.
        byte[] matters = new byte[table.length];
        for (int i = 0; i < table.length; i++) {
            matters[i] = (byte) ((deleted.contains(table[i]) ? 1 : 0) | (changed.contains(table[i]) ? 2 : 0));
        }
        Set<String> out = new HashSet<>();
        pages.forEach(
                (path, page) -> {
                    if (changed.contains(path)) {
                        return;
                    }
                    for (int link : page.links()) {
                        int m = matters[link >>> 1];
                        if ((m & 1) != 0 || ((m & 2) != 0 && (link & 1) != 0)) {
                            out.add(path);
                            return;
                        }
                    }
                });
        return out;
    }

    /** The findings of the pages not in {@code except}, sorted. */
    List<LinkFinding> findingsExcept(Set<String> except) {
        List<LinkFinding> out = new ArrayList<>();
        pages.forEach(
                (path, page) -> {
                    if (!except.contains(path)) {
                        out.addAll(page.findings());
                    }
                });
        out.sort(LinkFinding.ORDER);
        return out;
    }

    /** The findings of every page, as the check that recorded them reported them. */
    public List<LinkFinding> findings() {
        return findingsExcept(Set.of());
    }

    /** The pages and style sheets known, sorted. */
    public Set<String> pages() {
        return pages.keySet();
    }

    /** Writes these links for {@link #read}, with the paths no page links to any more left out. */
    public void write(DataOutput out) throws IOException {
        int[] renumbered = new int[table.length];
        for (Page page : pages.values()) {
            for (int link : page.links()) {
                renumbered[link >>> 1] = 1;
            }
        }
        int used = 0;
        for (int i = 0; i < table.length; i++) {
            renumbered[i] = renumbered[i] == 1 ? used++ : -1;
        }
        out.writeInt(FORMAT);
        out.writeInt(used);
        for (int i = 0; i < table.length; i++) {
            if (renumbered[i] >= 0) {
                out.writeUTF(table[i]);
            }
        }
        out.writeInt(pages.size());
        for (Map.Entry<String, Page> e : pages.entrySet()) {
            Page page = e.getValue();
            out.writeUTF(e.getKey());
            out.writeInt(page.links().length);
            for (int link : page.links()) {
                out.writeInt(renumbered[link >>> 1] << 1 | link & 1);
            }
            out.writeInt(page.findings().size());
            for (LinkFinding f : page.findings()) {
                writeFinding(f, out);
            }
        }
    }

    /** Reads what {@link #write} wrote. */
    public static SiteLinks read(DataInput in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("not links of this version");
        }
        String[] table = new String[in.readInt()];
        for (int i = 0; i < table.length; i++) {
            table[i] = in.readUTF();
        }
        int count = in.readInt();
        TreeMap<String, Page> pages = new TreeMap<>();
        for (int p = 0; p < count; p++) {
            String path = in.readUTF();
            int[] links = new int[in.readInt()];
            for (int i = 0; i < links.length; i++) {
                links[i] = in.readInt();
                if (links[i] >>> 1 >= table.length) {
                    throw new IOException("link to no path");
                }
            }
            int findings = in.readInt();
            List<LinkFinding> list = new ArrayList<>(findings);
            for (int i = 0; i < findings; i++) {
                list.add(readFinding(in));
            }
            pages.put(path, new Page(links, List.copyOf(list)));
        }
        return new SiteLinks(table, pages);
    }

    private static void writeFinding(LinkFinding f, DataOutput out) throws IOException {
        out.writeUTF(f.severity().name());
        out.writeUTF(f.file());
        out.writeInt(f.line());
        out.writeInt(f.column());
        writeText(f.url(), out);
        out.writeUTF(f.reason().key());
        out.writeInt(f.reason().args().size());
        for (String a : f.reason().args()) {
            writeText(a, out);
        }
    }

    /** Text of any length; {@link DataOutput#writeUTF} stops at 64 KB, and a URL may be longer. */
    private static void writeText(String s, DataOutput out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static LinkFinding readFinding(DataInput in) throws IOException {
        Severity severity = Severity.valueOf(in.readUTF());
        String file = in.readUTF();
        int line = in.readInt();
        int column = in.readInt();
        String url = readText(in);
        String key = in.readUTF();
        List<String> args = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            args.add(readText(in));
        }
        return new LinkFinding(severity, file, line, column, url, new Message(key, args));
    }
}
