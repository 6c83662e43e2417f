package org.gongkai.linkcheck;

import java.util.Optional;
import java.util.function.Function;
import org.gongkai.problem.Message;

/**
 * Checks a reference into the site against the files found and the fragment targets collected while
 * scanning: a folder URL needs its {@code index.html}, names match exactly, and a fragment of a
 * page needs an element with that {@code id} (or an {@code a} with that {@code name}). Thread-safe.
 */
final class LocalCheck {
    private final SiteFiles index;
    private final Function<String, ScannedPage> pages;

    /**
     * @param pages the scanned page of a path, or null when there is none
     */
    LocalCheck(SiteFiles index, Function<String, ScannedPage> pages) {
        this.index = index;
        this.pages = pages;
    }

    /**
     * What a reference into the site leads to.
     *
     * @param file the file it names (a folder's {@code index.html}), or empty when it is broken
     * @param problem what is wrong with it, if anything
     * @param anchored whether the verdict depends on the fragment targets of {@code file}
     */
    record Verdict(String file, Optional<Message> problem, boolean anchored) {
        static final Verdict FINE = new Verdict("", Optional.empty(), false);

        static Verdict broken(Message reason) {
            return new Verdict("", Optional.of(reason), false);
        }
    }

    /** Where {@code t}, a reference written in {@code from}, leads, and what is wrong with it. */
    Verdict check(Target.Local t, String from) {
        String path = t.path();
        String file;
        if (t.folder()) {
            String folder = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            file = folder.isEmpty() ? "index.html" : folder + "/index.html";
            if (!index.isFile(file)) {
                return Verdict.broken(
                        index.isFolder(folder)
                                ? Message.of("link.no-index", folder + "/")
                                : missing(path, file));
            }
        } else if (index.isFile(path)) {
            file = path;
        } else if (index.isFolder(path)) {
            // the server redirects a folder's URL without its slash to the folder
            file = path + "/index.html";
            if (!index.isFile(file)) {
                return Verdict.broken(Message.of("link.no-index", path + "/"));
            }
        } else {
            return Verdict.broken(missing(path, path));
        }
        return fragment(t.fragment(), file, from);
    }

    /** A missing file, with the likely cause when there is one: the case, or a second encoding. */
    private Message missing(String path, String file) {
        Optional<String> other = index.sameIgnoringCase(file);
        if (other.isPresent()) {
            String target =
                    file.equals(path)
                            ? other.get()
                            : other.get()
                                    .substring(0, other.get().length() - "index.html".length());
            return Message.of("link.case", path, target);
        }
        if (path.indexOf('%') >= 0) {
            Optional<String> once = Percent.decode(path);
            String folder =
                    once.map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p).orElse("");
            if (once.isPresent() && (index.isFile(once.get()) || index.isFolder(folder))) {
                return Message.of("link.double-encoded", once.get());
            }
        }
        return Message.of("link.missing", path.isEmpty() ? "/" : path);
    }

    private Verdict fragment(String fragment, String file, String from) {
        if (fragment == null
                || fragment.isEmpty()
                || fragment.equalsIgnoreCase("top")
                || !SiteIndex.isPage(file)) {
            return new Verdict(file, Optional.empty(), false);
        }
        ScannedPage page = pages.apply(file);
        if (page == null || page.anchors().contains(fragment)) {
            return new Verdict(file, Optional.empty(), true);
        }
        Optional<String> decoded = Percent.decode(fragment);
        if (decoded.isPresent() && page.anchors().contains(decoded.get())) {
            return new Verdict(file, Optional.empty(), true);
        }
        String shown = decoded.orElse(fragment);
        return new Verdict(
                file,
                Optional.of(
                        file.equals(from)
                                ? Message.of("link.fragment-here", shown)
                                : Message.of("link.fragment", shown, file)),
                true);
    }
}
