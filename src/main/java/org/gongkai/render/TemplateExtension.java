package org.gongkai.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What templates can call besides Pebble's own: {@code t('key', args...)} for the theme's messages,
 * {@code url('/path/')} for a site path under the base path, {@code table(view)} and {@code
 * chart(view)} for a table and a chart ({@link TableHtml}, {@link ChartHtml}), and the filters
 * {@code amount} and {@code percent}. Immutable; registered once on the shared engine.
 */
final class TemplateExtension extends AbstractExtension {
    private final ThemeMessages messages;
    private final String basePath;

    TemplateExtension(ThemeMessages messages, String basePath) {
        this.messages = messages;
        this.basePath = basePath;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "t", new Translate(), "url", new Url(), "table", new Table(), "chart", new Chart());
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new RecordAttributes());
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("amount", new AmountFilter(false), "percent", new AmountFilter(true));
    }

    /** {@code t('key', a, b)}: the message with {0}, {1} filled in. */
    private final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null; // positional arguments arrive as "0", "1", ...
        }

        @Override
        public Object execute(
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int line) {
            String key = String.valueOf(args.get("0"));
            List<Object> rest = new ArrayList<>();
            for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
                rest.add(args.get(String.valueOf(i)));
            }
            return messages.format(key, rest.toArray());
        }
    }

    /** {@code url('/lx-zgh/2023/')}: the path under the site's base path. */
    private final class Url implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int line) {
            return SitePaths.under(basePath, String.valueOf(args.get("path")));
        }
    }

    /** {@code table(view)}: the markup of a {@link TableView}, already escaped. */
    private static final class Table implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("view");
        }

        @Override
        public Object execute(
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int line) {
            return TableHtml.html((TableView) args.get("view"));
        }
    }

    /** {@code chart(view)}: the figure of a {@link ChartView}, its SVG and its data table. */
    private static final class Chart implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("view");
        }

        @Override
        public Object execute(
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int line) {
            return ChartHtml.figure((ChartView) args.get("view"));
        }
    }

    private static final class AmountFilter implements Filter {
        private final boolean percent;

        AmountFilter(boolean percent) {
            this.percent = percent;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(
                Object input,
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int line) {
            if (input == null) {
                return "";
            }
            BigDecimal v = input instanceof BigDecimal b ? b : new BigDecimal(input.toString());
            return percent ? Format.percent(v) : Format.amount(v);
        }
    }
}
