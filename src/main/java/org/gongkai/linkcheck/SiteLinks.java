package org.gongkai.linkcheck;

import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * into it (a 10,000-page site has some 400,000 links to 90,000 files).
 */
public final class SiteLinks {
    /** Nothing recorded: a site whose pages were never checked. */
    public static final SiteLinks NONE = new SiteLinks(new TreeMap<>());

    private static final int FORMAT = 1;

    // By page: its links as (index into paths) << 1 | (1 when a fragment of the target was looked
    // up), and its findings.
    private final TreeMap<String, Page> pages;

    private record Page(String[] paths, int[] links, List<LinkFinding> findings) {}

    private SiteLinks(TreeMap<String, Page> pages) {
        this.pages = pages;
    }

    /** From the results of a check, for the pages it read. */
    static SiteLinks of(List<PageCheck.Result> results, List<LinkFinding> findings) {
        Map<String, List<LinkFinding>> byFile = byFile(findings);
        Map<String, String> shared = new HashMap<>();
        TreeMap<String, Page> pages = new TreeMap<>();
        for (PageCheck.Result r : results) {
            pages.put(r.path(), page(r, byFile.getOrDefault(r.path(), List.of()), shared));
        }
        return new SiteLinks(pages);
    }

    private static Map<String, List<LinkFinding>> byFile(List<LinkFinding> findings) {
        Map<String, List<LinkFinding>> out = new HashMap<>();
        for (LinkFinding f : findings) {
            out.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static Page page(
            PageCheck.Result r, List<LinkFinding> findings, Map<String, String> shared) {
        String[] paths = new String[r.targets().size()];
        int[] links = new int[paths.length];
        int i = 0;
        for (Map.Entry<String, Boolean> e : new TreeMap<>(r.targets()).entrySet()) {
            paths[i] = shared.computeIfAbsent(e.getKey(), k -> k);
            links[i] = e.getValue() ? 1 : 0;
            i++;
        }
        return new Page(paths, links, List.copyOf(findings));
    }

    /**
     * These pages, less {@code removed}, with {@code checked} (pages read again, or new) in place
     * of what was known of them.
     */
    SiteLinks with(Collection<String> removed, SiteLinks checked) {
        TreeMap<String, Page> out = new TreeMap<>(pages);
        out.keySet().removeAll(removed);
        out.putAll(checked.pages);
        return new SiteLinks(out);
    }

    /**
     * The pages, other than {@code changed}, that link to a file in {@code deleted} or to a
     * fragment of a page in {@code changed}.
     */
    Set<String> linkingTo(Set<String> changed, Set<String> deleted) {
        Set<String> out = new HashSet<>();
        pages.forEach(
                (path, page) -> {
                    if (changed.contains(path)) {
                        return;
                    }
                    for (int i = 0; i < page.paths().length; i++) {
                        String target = page.paths()[i];
                        if (deleted.contains(target)
                                || (page.links()[i] == 1 && changed.contains(target))) {
                            out.add(path);
                            return;
                        }
                    }
                });
        return out;
    }

    /** The findings of the pages not in {@code except}. */
    List<LinkFinding> findingsExcept(Set<String> except) {
        List<LinkFinding> out = new ArrayList<>();
        pages.forEach(
                (path, page) -> {
                    if (!except.contains(path)) {
                        out.addAll(page.findings());
                    }
                });
        return out;
    }

    /** The findings of every page, as the check that recorded them reported them. */
    public List<LinkFinding> findings() {
        List<LinkFinding> out = findingsExcept(Set.of());
        out.sort(LinkFinding.ORDER);
        return out;
    }

    /** The pages and style sheets known, sorted. */
    public Set<String> pages() {
        return pages.keySet();
    }

    /** Writes these links for {@link #read}. */
    public void write(DataOutput out) throws IOException {
        Map<String, Integer> table = new HashMap<>();
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, Page> e : pages.entrySet()) {
            intern(e.getKey(), table, paths);
            for (String p : e.getValue().paths()) {
                intern(p, table, paths);
            }
        }
        out.writeInt(FORMAT);
        out.writeInt(paths.size());
        for (String p : paths) {
            out.writeUTF(p);
        }
        out.writeInt(pages.size());
        for (Map.Entry<String, Page> e : pages.entrySet()) {
            Page page = e.getValue();
            out.writeInt(table.get(e.getKey()));
            out.writeInt(page.paths().length);
            for (int i = 0; i < page.paths().length; i++) {
                out.writeInt(table.get(page.paths()[i]) << 1 | page.links()[i]);
            }
            out.writeInt(page.findings().size());
            for (LinkFinding f : page.findings()) {
                writeFinding(f, out);
            }
        }
    }

    private static void intern(String path, Map<String, Integer> table, List<String> paths) {
        if (table.putIfAbsent(path, paths.size()) == null) {
            paths.add(path);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static SiteLinks read(DataInput in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("not links of this version");
        }
        String[] paths = new String[in.readInt()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = in.readUTF();
        }
        int count = in.readInt();
        TreeMap<String, Page> pages = new TreeMap<>();
        for (int p = 0; p < count; p++) {
            String path = paths[in.readInt()];
            int n = in.readInt();
            String[] targets = new String[n];
            int[] links = new int[n];
            for (int i = 0; i < n; i++) {
                int v = in.readInt();
                targets[i] = paths[v >>> 1];
                links[i] = v & 1;
            }
            int findings = in.readInt();
            List<LinkFinding> list = new ArrayList<>(findings);
            for (int i = 0; i < findings; i++) {
                list.add(readFinding(in));
            }
            pages.put(path, new Page(targets, links, List.copyOf(list)));
        }
        return new SiteLinks(pages);
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
