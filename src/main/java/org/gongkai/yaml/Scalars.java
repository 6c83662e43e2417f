package org.gongkai.yaml;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.problem.Message;

/**
 * Reads typed values out of YAML scalars. Amounts are taken from the text as written, never through
 * a binary floating point number, and a value that is almost a number gets a message that says how
 * to write it.
 */
final class Scalars {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WITH_UNIT =
            Pattern.compile("\\s*([+-]?[\\d.,]+)\\s*(亿元|万元|千元|元|yuan)\\s*");
    private static final Pattern PERCENT = Pattern.compile("\\s*([+-]?\\d+(\\.\\d+)?)\\s*[%％]\\s*");
    private static final Pattern NOTHING = Pattern.compile("[-—–－/／]+|无|空|不适用|N/?A|n/?a");
    private static final Pattern LOOSE_DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern CHINESE_NUMERAL =
            Pattern.compile(".*[零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟].*");

    /** Full-width, non-breaking and zero-width spaces, which YAML takes as text. */
    static final Pattern ODD_SPACE =
            Pattern.compile("[\\u3000\\u00A0\\u2000-\\u200B\\u202F\\uFEFF]");

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Scalars() {}

    /** The exact decimal, or the message saying why this is not one. */
    static Result<BigDecimal> decimal(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            String text = s.text().strip();
            switch (s.type()) {
                case INTEGER, DECIMAL:
                    if (DECIMAL.matcher(text).matches()) {
                        return Result.ok(
                                new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
                    }
                    return Result.fail(Message.of("type.decimal.form", text));
                case STRING:
                    if (ODD_SPACE.matcher(s.text()).find()) {
                        // Typed by a Chinese input method or pasted from a word processor:
                        // invisible in an editor, so the message must say what it is.
                        return Result.fail(Message.of("type.decimal.space", text));
                    }
                    return Result.fail(whyNotDecimal(text));
                case BOOLEAN:
                    return Result.fail(Message.of("type.decimal.boolean", text));
                default:
                    return Result.fail(Message.of("type.decimal", s.describe()));
            }
        }
        return Result.fail(Message.of("type.decimal", node.describe()));
    }

    private static Message whyNotDecimal(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return Message.of("type.decimal.quoted", text);
        }
        Matcher percent = PERCENT.matcher(text);
        if (percent.matches()) {
            return Message.of("type.decimal.percent", text, percent.group(1));
        }
        if (NOTHING.matcher(text).matches()) {
            return Message.of("type.decimal.nothing", text);
        }
        Matcher unit = WITH_UNIT.matcher(text);
        if (unit.matches()) {
            String number = unit.group(1).replace(",", "");
            return Message.of("type.decimal.unit", text, number, unit.group(2));
        }
        if (GROUPED.matcher(text).matches()) {
            return Message.of("type.decimal.grouping", text, text.replace(",", ""));
        }
        if (CHINESE_NUMERAL.matcher(text).matches()) {
            return Message.of("type.decimal.chinese", text);
        }
        return Message.of("type.decimal", "\"" + text + "\"");
    }

    /** A whole number of 0 or more. */
    static Result<Long> count(YamlNode node) {
        if (node instanceof YamlNode.Scalar s
                && s.type() == YamlNode.ScalarType.STRING
                && s.text().strip().matches("\\d+")) {
            return Result.fail(Message.of("type.count.quoted", s.text().strip()));
        }
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
            try {
                long v = Long.parseLong(s.text().strip());
                return v >= 0 ? Result.ok(v) : Result.fail(Message.of("count.negative", s.text()));
            } catch (NumberFormatException e) {
                return Result.fail(Message.of("type.count", s.text()));
            }
        }
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.DECIMAL) {
            return Result.fail(Message.of("type.count", s.text()));
        }
        return Result.fail(Message.of("type.count", node.describe()));
    }

    /** Text; numbers and other plain scalars are taken as the text written. */
    static Result<String> text(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
            return Result.ok(s.text());
        }
        return Result.fail(Message.of("type.text", node.describe()));
    }

    static Result<LocalDate> date(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            Matcher m = DATE.matcher(s.text().strip());
            if (m.matches()) {
                try {
                    return Result.ok(
                            LocalDate.of(
                                    Integer.parseInt(m.group(1)),
                                    Integer.parseInt(m.group(2)),
                                    Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    return Result.fail(Message.of("date.invalid", s.text()));
                }
            }
            Matcher loose = LOOSE_DATE.matcher(s.text().strip());
            if (loose.matches()) {
                String iso =
                        String.format(
                                Locale.ROOT,
                                "%s-%02d-%02d",
                                loose.group(1),
                                Integer.parseInt(loose.group(2)),
                                Integer.parseInt(loose.group(3)));
                return Result.fail(Message.of("type.date.form", s.text(), iso));
            }
        }
        return Result.fail(Message.of("type.date", node.describe()));
    }

    /** A value, or the message that explains why there is none. */
    record Result<T>(Optional<T> value, Optional<Message> problem) {
        static <T> Result<T> ok(T v) {
            return new Result<>(Optional.of(v), Optional.empty());
        }

        static <T> Result<T> fail(Message m) {
            return new Result<>(Optional.empty(), Optional.of(m));
        }
    }
}
