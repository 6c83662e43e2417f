package org.gongkai.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gongkai.check.Reconciler;
import org.gongkai.content.ContentLoader;
import org.gongkai.content.Loaded;
import org.gongkai.content.SourceFile;
import org.gongkai.model.Derived;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DisclosureSummary;
import org.gongkai.model.Finding;
import org.gongkai.output.CsvExport;
import org.gongkai.output.DataJson;
import org.gongkai.output.SiteOutput;
import org.gongkai.problem.Problem;
import org.gongkai.render.Pages;
import org.gongkai.render.TableView;
import org.gongkai.search.SearchIndex;

/**
 * Reads, checks, renders and writes one disclosure (its page, open data and search fragment, and
 * its terms into the search index): the unit of parallel work of a build. Once any disclosure has
 * an error, the others are still read and checked (so that every problem is reported) but no longer
 * rendered, since the output will be discarded. Thread-safe.
 */
final class DisclosureStage {
    private final ContentLoader loader;
    private final Reconciler reconciler;
    private final Pages pages;
    private final Optional<SiteOutput> out;
    private final boolean strict;
    private final Map<String, List<Integer>> yearsBySlug;
    private final SearchIndex search;
    private final SearchIds searchIds;
    private final Timings timings;
    private final Progress progress;
    private final AtomicBoolean failed = new AtomicBoolean();
    private final DataJson dataJson = new DataJson();
    private final CsvExport csv = new CsvExport();

    /**
     * @param yearsBySlug every department's years, for the links between a department's disclosures
     * @param failed whether the build has an error already, so that nothing is rendered
     */
    DisclosureStage(
            ContentLoader loader,
            Reconciler reconciler,
            Pages pages,
            Optional<SiteOutput> out,
            boolean strict,
            Map<String, List<Integer>> yearsBySlug,
            boolean failed,
            SearchIndex search,
            SearchIds searchIds,
            Timings timings,
            Progress progress) {
        this.loader = loader;
        this.timings = timings;
        this.progress = progress;
        this.search = search;
        this.searchIds = searchIds;
        this.reconciler = reconciler;
        this.pages = pages;
        this.out = out;
        this.strict = strict;
        this.yearsBySlug = Map.copyOf(yearsBySlug);
        this.failed.set(failed);
    }

    /** Every department's years, in the order of the content tree (by file name). */
    static Map<String, List<Integer>> yearsBySlug(List<SourceFile> disclosures) {
        Map<String, List<Integer>> years = new TreeMap<>();
        for (SourceFile f : disclosures) {
            years.computeIfAbsent(f.slug(), k -> new ArrayList<>()).add(f.year());
        }
        years.replaceAll((k, v) -> List.copyOf(v));
        return years;
    }

    /**
     * The result of one file: its problems, its summary when it could be read, and the names of the
     * files written in its folder ({@code index.html}, {@code data.json}, the CSVs) when it was
     * rendered.
     */
    record Result(
            SourceFile file,
            List<Problem> problems,
            Optional<DisclosureSummary> summary,
            List<String> files) {}

    /**
     * One file read and checked: its problems, and when it could be read its model, findings and
     * summary.
     */
    record Read(
            SourceFile file,
            List<Problem> problems,
            Optional<Derived> derived,
            List<Finding> findings,
            Optional<DisclosureSummary> summary) {}

    Result process(SourceFile file) {
        try {
            Read r = read(file);
            return new Result(file, r.problems(), r.summary(), write(r));
        } finally {
            progress.advance();
        }
    }

    /** Reads and checks {@code file}; an error stops this stage from writing anything more. */
    Read read(SourceFile file) {
        Loaded<Disclosure> loaded = timings.time(Phase.LOAD, () -> loader.disclosure(file));
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (loaded.value().isEmpty()) {
            failed.set(true);
            return new Read(file, problems, Optional.empty(), List.of(), Optional.empty());
        }
        Derived d = Derived.of(loaded.value().get());
        List<Finding> findings = timings.time(Phase.CHECK, () -> reconciler.check(d));
        for (Finding f : findings) {
            problems.add(Reconciler.toProblem(file.name(), f, strict));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            failed.set(true);
        }
        return new Read(
                file,
                problems,
                Optional.of(d),
                findings,
                Optional.of(DisclosureSummary.of(d, findings)));
    }

    /**
     * Renders and writes what {@code r} read, unless this stage writes nothing or has met an error;
     * returns the names of the files written in the disclosure's folder.
     */
    List<String> write(Read r) {
        if (out.isEmpty() || failed.get() || r.derived().isEmpty()) {
            return List.of();
        }
        return write(out.get(), r.derived().get(), r.findings());
    }

    private List<String> write(SiteOutput dir, Derived d, List<Finding> findings) {
        Disclosure x = d.disclosure();
        String base = x.slug() + "/" + x.year() + "/";
        long start = System.nanoTime();
        List<TableView> tables = pages.tables(d);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                base + "index.html",
                pages.disclosure(d, findings, yearsBySlug.get(x.slug()), tables));
        files.put(base + "data.json", dataJson.json(d, findings));
        for (TableView t : tables) {
            files.put(base + t.id() + ".csv", csv.csv(t));
        }
        timings.add(Phase.RENDER, System.nanoTime() - start);
        timings.time(Phase.WRITE, () -> files.forEach(dir::write));
        timings.time(
                Phase.SEARCH,
                () ->
                        search.add(
                                pages.searchDocument(
                                        searchIds.disclosure(x.slug(), x.year()), d, tables),
                                dir::write));
        return files.keySet().stream().map(path -> path.substring(base.length())).toList();
    }
}
