package org.gongkai.linkcheck;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.problem.Message;

/** Checks {@code mailto:} and {@code tel:} links, which lead to no file but can still be wrong. */
final class Schemes {
    // RFC 5322 allows more in the local part (quoted strings), which no disclosure uses; the domain
    // needs at least one dot, as every address a citizen can write to has.
    private static final String PART = "[^\\s@,;:<>()\\[\\]\\\\\"]";
    private static final String LABEL = "[^\\s@,;:<>()\\[\\]\\\\\".]+";
    private static final Pattern ADDRESS =
            Pattern.compile(PART + "+@" + LABEL + "(\\." + LABEL + ")+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9().\\- ]*[0-9][0-9().\\- ]*");

    private Schemes() {}

    /** {@code body} is what follows {@code mailto:}. */
    static Optional<Message> mailto(String body) {
        int q = body.indexOf('?');
        String to = q < 0 ? body : body.substring(0, q);
        String query = q < 0 ? "" : body.substring(q + 1);
        StringBuilder all = new StringBuilder(to);
        for (String param : query.split("&")) {
            if (param.toLowerCase(Locale.ROOT).startsWith("to=")) {
                all.append(all.length() > 0 ? "," : "").append(param.substring(3));
            }
        }
        Optional<String> decoded = Percent.decode(all.toString());
        if (decoded.isEmpty()) {
            return Optional.of(Message.of("link.mailto-invalid", all));
        }
        if (decoded.get().isBlank()) {
            return Optional.of(Message.of("link.mailto-empty"));
        }
        for (String address : decoded.get().split(",")) {
            String a = address.strip();
            if (!ADDRESS.matcher(a).matches()) {
                return Optional.of(Message.of("link.mailto-invalid", a));
            }
        }
        return Optional.empty();
    }

    /** {@code body} is what follows {@code tel:}. */
    static Optional<Message> tel(String body) {
        String number = Percent.decode(body).orElse(body);
        int parameters = number.indexOf(';');
        number = (parameters < 0 ? number : number.substring(0, parameters)).strip();
        if (number.isEmpty()) {
            return Optional.of(Message.of("link.tel-empty"));
        }
        if (!PHONE.matcher(number).matches()) {
            return Optional.of(Message.of("link.tel-invalid", number));
        }
        return Optional.empty();
    }
}
