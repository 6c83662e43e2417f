package org.gongkai.linkcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.gongkai.problem.Message;
import org.gongkai.problem.Severity;

/**
 * Checks the references of one scanned page or style sheet against the site, and collects those
 * that lead to other sites for the external check. Thread-safe; pages are checked in parallel.
 */
final class PageCheck {
    private final Resolver resolver;
    private final LocalCheck local;
    private final List<Pattern> ignore;
    private final boolean record;

    // A generated site writes the same root-relative links (home, years, style sheet, feed) on
    // every page, and without a <base> or a fragment those have the same verdict from any page:
    // work each out once.
    private final Map<String, LocalCheck.Verdict> rootRelative = new ConcurrentHashMap<>();

    /**
     * @param record keep, for each page, the files of the site it links to ({@link
     *     Result#targets}), so that a later check of a change knows which pages the change can
     *     break
     */
    PageCheck(Resolver resolver, LocalCheck local, List<Pattern> ignore, boolean record) {
        this.resolver = resolver;
        this.local = local;
        this.ignore = ignore;
        this.record = record;
    }

    /** A reference to another site, kept with where it was written. */
    record ExternalRef(String url, String file, Ref ref) {}

    /**
     * What one page gave.
     *
     * @param links the references checked, without those ignored
     * @param targets when recording: the other files of the site the page links to
     */
    record Result(
            String path,
            List<PendingFinding> findings,
            int links,
            List<ExternalRef> external,
            Targets targets) {}

    /**
     * The files a page links to, each once, and whether a link to it has a fragment that was looked
     * up among the file's targets. Arrays, and every path one shared string, since a check of
     * 100,000 pages keeps those of all of them until it ends.
     */
    record Targets(String[] files, boolean[] anchored) {
        static final Targets NONE = new Targets(new String[0], new boolean[0]);

        static Targets of(Map<String, Boolean> targets) {
            String[] files = targets.keySet().toArray(new String[0]);
            boolean[] anchored = new boolean[files.length];
            for (int i = 0; i < files.length; i++) {
                anchored[i] = targets.get(files[i]);
            }
            return new Targets(files, anchored);
        }
    }

    // When recording: every path once, however many pages link to it.
    private final Map<String, String> paths = new ConcurrentHashMap<>();

    Result check(ScannedPage page) {
        List<PendingFinding> findings = new ArrayList<>(page.findings());
        List<ExternalRef> external = new ArrayList<>();
        Map<String, Boolean> targets = record ? new HashMap<>() : Map.of();
        Url base = resolver.documentBase(page.path(), page.base());
        int links = 0;
        for (Ref ref : page.refs()) {
            String url = Chars.urlTrim(ref.url());
            if (!ignore.isEmpty()
                    && (ignored(url)
                            || resolver.absolute(base, url).filter(this::ignored).isPresent())) {
                continue;
            }
            if (url.isEmpty()) {
                links++;
                findings.add(
                        ref.attr().equals("href")
                                ? finding(
                                        Severity.WARNING, page, ref, Message.of("link.empty-href"))
                                : finding(
                                        Severity.ERROR,
                                        page,
                                        ref,
                                        Message.of("link.empty", ref.attr())));
                continue;
            }
            if (page.base().isEmpty()
                    && url.charAt(0) == '/'
                    && !url.startsWith("//")
                    && url.indexOf('#') < 0) {
                links++;
                LocalCheck.Verdict v =
                        rootRelative.computeIfAbsent(
                                url, u -> local(resolver.target(base, u), page.path()));
                report(v, page, ref, findings, targets);
                continue;
            }
            if (page.base().isEmpty() && url.charAt(0) == '#') {
                // a fragment of this very page, as every page's skip link is: nothing to resolve
                links++;
                LocalCheck.Verdict v =
                        local.check(
                                new Target.Local(page.path(), false, url.substring(1)),
                                page.path());
                report(v, page, ref, findings, targets);
                continue;
            }
            Target target = resolver.target(base, url);
            links++;
            if (resolver.isHttps() && url.regionMatches(true, 0, "http://", 0, 7)) {
                findings.add(finding(Severity.WARNING, page, ref, Message.of("link.insecure")));
            }
            if (target instanceof Target.External e) {
                external.add(new ExternalRef(e.url(), page.path(), ref));
            } else {
                report(local(target, page.path()), page, ref, findings, targets);
            }
        }
        return new Result(
                page.path(),
                findings,
                links,
                external,
                record ? Targets.of(targets) : Targets.NONE);
    }

    /** Where a target that is not another site's leads, and what is wrong with it. */
    private LocalCheck.Verdict local(Target target, String from) {
        if (target instanceof Target.Broken b) {
            return LocalCheck.Verdict.broken(b.reason());
        }
        if (target instanceof Target.Local l) {
            return local.check(l, from);
        }
        return LocalCheck.Verdict.FINE;
    }

    private void report(
            LocalCheck.Verdict v,
            ScannedPage page,
            Ref ref,
            List<PendingFinding> findings,
            Map<String, Boolean> targets) {
        if (v.problem().isPresent()) {
            findings.add(finding(Severity.ERROR, page, ref, v.problem().get()));
        } else if (record && !v.file().isEmpty() && !v.file().equals(page.path())) {
            // the page itself is checked again whenever it changes, so links within it need no
            // record
            targets.merge(
                    paths.computeIfAbsent(v.file(), f -> f), v.anchored(), Boolean::logicalOr);
        }
    }

    private boolean ignored(String url) {
        for (Pattern p : ignore) {
            if (p.matcher(url).find()) {
                return true;
            }
        }
        return false;
    }

    private static PendingFinding finding(
            Severity severity, ScannedPage page, Ref ref, Message reason) {
        return PendingFinding.of(severity, page.path(), ref, reason);
    }
}
