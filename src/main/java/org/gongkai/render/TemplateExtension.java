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
                "t",
                new Translate(),
                "url",
                new Url(),
                "table",
                new ViewFunction(v -> TableHtml.html((TableView) v)),
                "chart",
                new ViewFunction(v -> ChartHtml.figure((ChartView) v)));
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

    /**
     * {@code table(view)} and {@code chart(view)}: the markup of a {@link TableView}, or the figure
     * of a {@link ChartView} (its SVG and data table), drawn in Java and already escaped.
     */
    private static final class ViewFunction implements Function {
        private final java.util.function.Function<Object, Object> draw;

        ViewFunction(java.util.function.Function<Object, Object> draw) {
            this.draw = draw;
        }

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
            return draw.apply(args.get("view"));
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
