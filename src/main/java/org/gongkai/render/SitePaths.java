package org.gongkai.render;

/** Site paths written into pages: every link is root-relative, under the site's base path. */
public final class SitePaths {
    private SitePaths() {}

    /** {@code /lx-zgh/2023/} under base path {@code /budget/} is {@code /budget/lx-zgh/2023/}. */
    public static String under(String basePath, String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return basePath + p;
    }
}
