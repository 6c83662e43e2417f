package org.gongkai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Pebble engine of a build: templates from the theme's folders (most specific first), strict
 * variables, auto-escaping on. Built once and shared; {@link #render} may be called from many
 * threads at once.
 */
public final class Templates {
    private final PebbleEngine engine;

    Templates(ThemeFiles files, ThemeMessages messages, String basePath) {
        List<Loader<?>> loaders = new ArrayList<>();
        for (Path dir : files.templateDirs()) {
            if (dir.getFileSystem() == FileSystems.getDefault() && Files.isDirectory(dir)) {
                loaders.add(new DirLoader(dir));
            }
        }
        // The built-in theme is read from the class path: inside the jar it is no plain folder.
        ClasspathLoader builtIn = new ClasspathLoader(Templates.class.getClassLoader());
        builtIn.setPrefix(ThemeFiles.BUILT_IN + "/templates");
        builtIn.setCharset("UTF-8");
        loaders.add(builtIn);
        this.engine =
                new PebbleEngine.Builder()
                        .loader(new DelegatingLoader(loaders))
                        .extension(new TemplateExtension(messages, basePath))
                        .strictVariables(true)
                        .autoEscaping(true)
                        .addEscapingStrategy("html", Html::escape)
                        .newLineTrimming(true)
                        .defaultLocale(messages.locale())
                        .build();
    }

    /**
     * Renders template {@code name} (such as {@code disclosure.peb}) with {@code context}, as the
     * UTF-8 bytes of the page.
     */
    public byte[] render(String name, Map<String, Object> context) {
        // A disclosure page is about 50 KB: one buffer of that size, never grown for most pages.
        Utf8Writer out = new Utf8Writer(64 * 1024);
        try {
            engine.getTemplate(name).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            throw new TemplateException(name, e);
        }
        return out.toByteArray();
    }

    /** A Pebble file loader rooted at one folder, reading UTF-8. */
    private static final class DirLoader extends FileLoader {
        DirLoader(Path dir) {
            super(dir.toAbsolutePath().normalize().toString());
            setCharset("UTF-8");
        }
    }
}
