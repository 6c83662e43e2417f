package org.gongkai.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message for people, kept as a bundle key and its arguments so that it can be printed in English
 * or Chinese. The texts live in {@code problems.properties} and {@code problems_zh.properties};
 * each key is written once there, never in code.
 */
public record Message(String key, List<String> args) {
    private static final String BUNDLE = "org.gongkai.problem.problems";

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new Message(key, List.of(texts));
    }

    /**
     * The message in the given language; English for anything but Chinese. An argument that names a
     * subject in the bundle (a key {@code subject.<argument>}, such as {@code
     * subject.expenditure.by_function}) is written in the bundle's words, so that a finding about a
     * whole table reads "expenditure by function" rather than its key path.
     */
    public String format(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        Object[] words = new Object[args.size()];
        for (int i = 0; i < words.length; i++) {
            String subject = "subject." + args.get(i);
            words[i] = bundle.containsKey(subject) ? bundle.getString(subject) : args.get(i);
        }
        return format.format(words);
    }

    // Without this control the JVM's default locale would pick the bundle when English is asked
    // for on a Chinese machine.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
