package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/** Views of the pages that gather several disclosures: department, year, years, home. */
public final class AggregateViews {
    private AggregateViews() {}

    /**
     * A department's page: its profile, a row per year, and the trend when there are two or more.
     */
    public record DepartmentView(
            String name,
            String slug,
            String region,
            List<String> functions,
            List<String> units,
            SafeString profile,
            TableView years,
            List<ChartView> charts,
            List<Views.Link> yearLinks) {}

    /** A year's page: every department of that year compared. */
    public record YearView(
            int year,
            String unit,
            TableView departments,
            List<ChartView> charts,
            List<Views.Link> years) {}

    /** The list of years. */
    public record YearsView(TableView years) {}

    /** The home page. */
    public record HomeView(
            String title,
            SafeString intro,
            List<Views.Stat> totals,
            TableView departments,
            List<Views.Link> years,
            List<ChartView> charts) {}
}
