package org.gongkai.linkcheck;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
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
import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

/**
 * What a check learnt about each page and style sheet of a site: the other files of the site it
 * links to, and its findings. {@link LinkChecker#checkChange} reads it to know which unchanged
 * pages a change can break (those linking to a deleted file, or to a fragment of a changed page),
 * and to report the findings of the pages it does not read again. Immutable.
 *
 * <p>Kept in columns for large sites: every path once, in a table, and the links of all pages as
 * numbers into it in one array, written and read as one block (a 10,000-page site has some
 * 1,000,000 links to 20,000 files).
 */
public final class SiteLinks {
    /** Nothing recorded: a site whose pages were never checked. */
    public static final SiteLinks NONE =
            new SiteLinks(new String[0], new String[0], new int[1], new int[0], Map.of());

    private static final int FORMAT = 3;

    private final String[] table;
    private final String[] pages; // sorted
    // The links of pages[i] are links[starts[i]] to links[starts[i + 1] - 1], each (index into
    // the table) << 1 | (1 when a fragment of the target was looked up).
    private final int[] starts;
    private final int[] links;
    private final Map<String, List<LinkFinding>> findings; // pages without findings left out

    private SiteLinks(
            String[] table,
            String[] pages,
            int[] starts,
            int[] links,
            Map<String, List<LinkFinding>> findings) {
        this.table = table;
        this.pages = pages;
        this.starts = starts;
        this.links = links;
        this.findings = findings;
    }

    /** From the results of a check, for the pages it read. */
    static SiteLinks of(List<PageCheck.Result> results, List<LinkFinding> findings) {
        return NONE.with(List.of(), results, findings);
    }

    /**
     * These pages, less {@code removed}, with the pages of {@code results} (read again, or new) in
     * place of what was known of them.
     *
     * @param found the located findings of {@code results}
     */
    SiteLinks with(
            Collection<String> removed, List<PageCheck.Result> results, List<LinkFinding> found) {
        Map<String, Integer> index = new HashMap<>();
        List<String> paths = new ArrayList<>(Arrays.asList(table));
        for (int i = 0; i < table.length; i++) {
            index.put(table[i], i);
        }
        Set<String> gone = new HashSet<>(removed);
        Map<String, List<LinkFinding>> out = new HashMap<>(findings);
        out.keySet().removeAll(gone);
        TreeMap<String, int[]> fresh = new TreeMap<>();
        for (PageCheck.Result r : results) {
            String[] files = r.targets().files();
            int[] page = new int[files.length];
            for (int i = 0; i < files.length; i++) {
                Integer at = index.get(files[i]);
                if (at == null) {
                    at = paths.size();
                    index.put(files[i], at);
                    paths.add(files[i]);
                }
                page[i] = at << 1 | (r.targets().anchored()[i] ? 1 : 0);
            }
            Arrays.sort(page);
            fresh.put(r.path(), page);
            out.remove(r.path());
        }
        for (LinkFinding f : found) {
            out.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        // The kept pages and the fresh ones, merged in order, their links copied in ranges.
        List<String> outPages = new ArrayList<>(pages.length + fresh.size());
        List<int[]> ranges = new ArrayList<>(pages.length + fresh.size()); // {start, end} or links
        int total = 0;
        int p = 0;
        for (Map.Entry<String, int[]> e : fresh.entrySet()) {
            for (; p < pages.length && pages[p].compareTo(e.getKey()) < 0; p++) {
                if (!gone.contains(pages[p])) {
                    outPages.add(pages[p]);
                    ranges.add(null);
                    total += starts[p + 1] - starts[p];
                }
            }
            if (p < pages.length && pages[p].equals(e.getKey())) {
                p++;
            }
            outPages.add(e.getKey());
            ranges.add(e.getValue());
            total += e.getValue().length;
        }
        for (; p < pages.length; p++) {
            if (!gone.contains(pages[p])) {
                outPages.add(pages[p]);
                ranges.add(null);
                total += starts[p + 1] - starts[p];
            }
        }
        int[] outStarts = new int[outPages.size() + 1];
        int[] outLinks = new int[total];
        int at = 0;
        for (int i = 0, q = 0; i < outPages.size(); i++) {
            outStarts[i] = at;
            int[] page = ranges.get(i);
            if (page == null) {
                // a kept page: find it again among the old ones, which are in the same order
                while (!pages[q].equals(outPages.get(i))) {
                    q++;
                }
                int length = starts[q + 1] - starts[q];
                System.arraycopy(links, starts[q], outLinks, at, length);
                at += length;
            } else {
                System.arraycopy(page, 0, outLinks, at, page.length);
                at += page.length;
            }
        }
        outStarts[outPages.size()] = at;
        return new SiteLinks(
                paths.toArray(new String[0]),
                outPages.toArray(new String[0]),
                outStarts,
                outLinks,
                out);
    }

    /**
     * The pages, other than {@code changed}, that link to a file in {@code deleted} or to a
     * fragment of a page in {@code changed}.
     */
    Set<String> linkingTo(Set<String> changed, Set<String> deleted) {
        // What a link to each path means: 1 a deleted file, 2 a changed page.
        byte[] matters = new byte[table.length];
        for (int i = 0; i < table.length; i++) {
            matters[i] =
                    (byte)
                            ((deleted.contains(table[i]) ? 1 : 0)
                                    | (changed.contains(table[i]) ? 2 : 0));
        }
        Set<String> out = new HashSet<>();
        for (int p = 0; p < pages.length; p++) {
            for (int i = starts[p]; i < starts[p + 1]; i++) {
                int m = matters[links[i] >>> 1];
                if ((m & 1) != 0 || ((m & 2) != 0 && (links[i] & 1) != 0)) {
                    out.add(pages[p]);
                    break;
                }
            }
        }
        out.removeAll(changed);
        return out;
    }

    /** The findings of the pages not in {@code except}, sorted. */
    List<LinkFinding> findingsExcept(Set<String> except) {
        List<LinkFinding> out = new ArrayList<>();
        findings.forEach(
                (page, list) -> {
                    if (!except.contains(page)) {
                        out.addAll(list);
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
    public List<String> pages() {
        return List.of(pages);
    }

    /** Writes these links for {@link #read}, with the paths no page links to any more left out. */
    public void write(DataOutput out) throws IOException {
        int[] renumbered = new int[table.length];
        for (int link : links) {
            renumbered[link >>> 1] = 1;
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
        out.writeInt(pages.length);
        for (int p = 0; p < pages.length; p++) {
            out.writeUTF(pages[p]);
            out.writeInt(starts[p + 1] - starts[p]);
        }
        ByteBuffer block = ByteBuffer.allocate(links.length * Integer.BYTES);
        for (int link : links) {
            block.putInt(renumbered[link >>> 1] << 1 | link & 1);
        }
        out.write(block.array());
        out.writeInt(findings.size());
        for (Map.Entry<String, List<LinkFinding>> e : new TreeMap<>(findings).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (LinkFinding f : e.getValue()) {
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
        String[] pages = new String[in.readInt()];
        int[] starts = new int[pages.length + 1];
        for (int p = 0; p < pages.length; p++) {
            pages[p] = in.readUTF();
            starts[p + 1] = starts[p] + in.readInt();
        }
        byte[] block = new byte[starts[pages.length] * Integer.BYTES];
        in.readFully(block);
        int[] links = new int[starts[pages.length]];
        ByteBuffer.wrap(block).asIntBuffer().get(links);
        for (int link : links) {
            if (link >>> 1 >= table.length) {
                throw new IOException("a link to no path");
            }
        }
        Map<String, List<LinkFinding>> findings = new HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String page = in.readUTF();
            List<LinkFinding> list = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                list.add(readFinding(in));
            }
            findings.put(page, List.copyOf(list));
        }
        return new SiteLinks(table, pages, starts, links, findings);
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
