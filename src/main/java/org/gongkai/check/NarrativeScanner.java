package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in one line of narrative, each place where a name of the data is followed by an amount
 * with a money unit: {@code 住房公积金6万元}, {@code 基本支出共153.78万元}, {@code 行政运行（项）2012901：支出决算为186.84万元}.
 *
 * <p>It errs on the side of silence, since a finding must be a real contradiction:
 *
 * <ul>
 *   <li>a name counts only where a word can start (after punctuation, a digit, or a word such as 其中
 *       or 包括), so 工资福利支出 is not found inside 其他工资福利支出;
 *   <li>the longest name wins, so 行政运行费 is never read as 行政运行;
 *   <li>between the name and the amount there may only be words that link them (为, 共, 决算, a code, a
 *       bracketed 项 or 款), so the amount belongs to that name and not to the next one;
 *   <li>an amount needs a money unit right after it, so percentages, counts (人, 次, 批次), years and
 *       approximations (近2100万元, 40余万元) are never read as amounts, nor are rates (元/人次).
 * </ul>
 *
 * Thread-safe once built.
 */
final class NarrativeScanner {
    /** A name of the data followed by an amount, as written. */
    record Mention(String name, BigDecimal amount, int scale, String unit) {}

    /** Words that may link a name to its amount, in Chinese and in English. */
    private static final List<String> LINKS =
            words(
                    "为 是 共 计 共计 合计 总计 达 达到 总额 金额 资金 收入 支出 决算 决算数 预算 预算数",
                    "实际 执行 全年 本年 当年 年度 本年度 数 额 累计 的 了 人民币 ¥ ￥",
                    "rmb cny was were is are of at to amounted amounts amounting came comes reached",
                    "totalled totaled total spent stood budget budgeted actual final accounts",
                    "expenditure spending");

    /** Words after which a name may start although the character before it is a letter. */
    private static final List<String> STARTS =
            List.of("其中", "包括", "包含", "含", "及", "和", "与", "以及", "是", "年", "的", "共");

    private static final Pattern NUMBER =
            Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    /** How far from its name an amount may be, links included. */
    private static final int MAX_GAP = 24;

    private final NarrativeNames names;
    private final MoneyUnits units;

    NarrativeScanner(NarrativeNames names, MoneyUnits units) {
        this.names = names;
        this.units = units;
    }

    List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            // A name is rarely written at a place, and where a word may start is dearer to tell
            // (Chinese has letters before almost every character): look for a name first.
            Optional<String> name = names.at(text, i);
            if (name.isEmpty() || !wordStart(text, i)) {
                i++;
                continue;
            }
            int end = i + name.get().length();
            if (isLatin(text, end - 1) && isLatin(text, end)) {
                i++; // "fund" inside "funding"
                continue;
            }
            Optional<Amount> amount = amountAfter(text, end);
            if (amount.isPresent()) {
                Amount a = amount.get();
                out.add(new Mention(name.get(), a.value, a.scale, a.unit));
                i = a.end;
            } else {
                i = end;
            }
        }
        return out;
    }

    /** Whether a name may start at {@code i}: not in the middle of a word. */
    private static boolean wordStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (isLatin(text, i)) {
            return !Character.isLetterOrDigit(before);
        }
        if (!Character.isLetter(before)) {
            return true;
        }
        for (String w : STARTS) {
            if (text.startsWith(w, i - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The amount that follows a name, over linking words only; empty when anything else comes
     * first.
     */
    private Optional<Amount> amountAfter(String text, int from) {
        int i = from;
        while (i < text.length() && i - from <= MAX_GAP) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '：' || c == ':') {
                i++;
                continue;
            }
            if (c == '（' || c == '(') {
                int close = closing(text, i);
                if (close < 0) {
                    return Optional.empty();
                }
                i = close + 1;
                continue;
            }
            if (Character.isDigit(c)) {
                Matcher m = NUMBER.matcher(text).region(i, text.length());
                if (!m.lookingAt()) {
                    return Optional.empty();
                }
                Optional<Amount> amount = unitAfter(text, m.group(), m.end());
                if (amount.isPresent()) {
                    return amount;
                }
                if (!CODE.matcher(m.group()).matches() || followedByDigitOrPoint(text, m.end())) {
                    return Optional.empty();
                }
                i = m.end(); // a classification code such as 2012901 between the name
                // and the amount
                continue;
            }
            Optional<String> link = link(text, i);
            if (link.isEmpty()) {
                return Optional.empty();
            }
            i += link.get().length();
        }
        return Optional.empty();
    }

    private Optional<Amount> unitAfter(String text, String number, int end) {
        int u = end;
        while (u < text.length() && text.charAt(u) == ' ') {
            u++;
        }
        Optional<String> unit = units.at(text, u);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        int after = u + unit.get().length();
        if (after < text.length()
                && (text.charAt(after) == '/'
                        || text.charAt(after) == '每'
                        || isLatin(text, after - 1) && isLatin(text, after))) {
            return Optional.empty(); // a rate such as 元/人次, or a longer English word
        }
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        return Optional.of(new Amount(value, Math.max(0, value.scale()), unit.get(), after));
    }

    private static Optional<String> link(String text, int i) {
        for (String w : LINKS) {
            if (text.regionMatches(true, i, w, 0, w.length())
                    && !(isLatin(text, i + w.length() - 1) && isLatin(text, i + w.length()))) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** The closing bracket of a short bracketed note such as （项）; -1 when there is none nearby. */
    private static int closing(String text, int open) {
        for (int i = open + 1; i < text.length() && i - open <= 12; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                return i;
            }
            if (c == '（' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean followedByDigitOrPoint(String text, int i) {
        return i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.');
    }

    private static boolean isLatin(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c < 0x80 && Character.isLetter(c);
    }

    /** The words of space-separated lists, longest first, so that 决算数 is read before 决算. */
    private static List<String> words(String... lists) {
        List<String> l = new ArrayList<>();
        for (String list : lists) {
            l.addAll(List.of(list.split(" ")));
        }
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    private record Amount(BigDecimal value, int scale, String unit, int end) {}
}
