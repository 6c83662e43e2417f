package org.gongkai.config;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What {@code site.yaml} says, checked and normalised: {@code baseUrl} always ends with a slash.
 *
 * @param checkIgnore regular expressions for URLs the link checker does not check
 */
public record SiteConfig(
        String title,
        URI baseUrl,
        Language language,
        String theme,
        String unit,
        BigDecimal tolerance,
        List<String> checkIgnore) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(tolerance, "tolerance");
        checkIgnore = List.copyOf(checkIgnore);
        if (!baseUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must end with /");
        }
    }

    /**
     * The path the site is served under, from {@code base_url}: {@code /} at the root of a host,
     * {@code /budget/} in a sub-folder. Every link the site writes starts with it.
     */
    public String basePath() {
        return baseUrl.getRawPath();
    }

    /** The absolute URL of a site path such as {@code /lx-zgh/2023/}. */
    public String absolute(String sitePath) {
        return baseUrl.resolve(sitePath.startsWith("/") ? sitePath.substring(1) : sitePath)
                .toString();
    }
}
