package org.gongkai.linkcheck;

import org.gongkai.problem.Message;

/**
 * Where a reference leads, once resolved: a file of the site, another site, nowhere to check, or
 * nowhere.
 */
sealed interface Target {

    /**
     * A file or folder of the checked folder.
     *
     * @param path decoded, relative to the checked folder ({@code lx-zgh/2023/index.html}; the root
     *     folder is empty)
     * @param folder the URL path ends with {@code /}, so it names a folder's {@code index.html}
     * @param fragment after {@code #} as written, or null
     */
    record Local(String path, boolean folder, String fragment) implements Target {}

    /** An http or https URL of another site, without its fragment, as a server receives it. */
    record External(String url) implements Target {}

    /**
     * Valid, or of a kind that is not checked ({@code javascript:}, {@code data:}, unknown
     * schemes).
     */
    record Fine() implements Target {}

    record Broken(Message reason) implements Target {}

    Target FINE = new Fine();
}
