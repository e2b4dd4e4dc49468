package dev.nbmigrate.converter.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * Renders the Freemarker templates of generated files. Templates come from the user's folder ({@code --templates
 * DIR}) when it has one of that name, else from the built-in set ({@code templates/} in this repository, packaged
 * into the converter). Rendering is deterministic: fixed locale, time zone and number format, no dates, and a
 * missing value is an error rather than an empty string.
 */
public final class TemplateRenderer {

    private static final String BUILT_IN = "/dev/nbmigrate/templates";

    private final Configuration configuration;
    private final Path userTemplates;
    private final SortedMap<String, String> used = java.util.Collections.synchronizedSortedMap(new TreeMap<>());

    /** @param userTemplates the user's template folder, or {@code null} for the built-in templates only */
    public TemplateRenderer(Path userTemplates) throws TemplateException {
        this.userTemplates = userTemplates;
        this.configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader(userTemplates));
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocalizedLookup(false);
        // A user's template (--templates) must not instantiate classes (?new) nor reach the Java API (?api).
        configuration.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        configuration.setObjectWrapper(wrapper.build());
    }

    private static TemplateLoader loader(Path userTemplates) throws TemplateException {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(TemplateRenderer.class, BUILT_IN);
        if (userTemplates == null) {
            return builtIn;
        }
        if (!Files.isDirectory(userTemplates)) {
            throw new TemplateException("--templates " + userTemplates + ": not a folder", null);
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userTemplates.toFile()), builtIn});
        } catch (IOException e) {
            throw new TemplateException("--templates " + userTemplates + ": " + e.getMessage(), e);
        }
    }

    /** Renders template {@code name} (e.g. {@code Job.java.ftl}) with the data model. */
    public String render(String name, Map<String, ?> model) throws TemplateException {
        Objects.requireNonNull(model, "model");
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateException("template " + describe(name) + " not found", e);
        } catch (ParseException e) {
            throw new TemplateException(where(name, e.getLineNumber(), e.getColumnNumber()) + ": " + e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new TemplateException("template " + describe(name) + ": " + e.getMessage(), e);
        }
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (freemarker.template.TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            throw new TemplateException(where(name, e.getLineNumber(), e.getColumnNumber()) + ": "
                    + firstLine(e.getMessageWithoutStackTop()) + (blamed == null ? "" : " " + blamed), e);
        } catch (IOException e) {
            throw new TemplateException("template " + describe(name) + ": " + e.getMessage(), e);
        }
        used.put(name, template.toString());
        return out.toString();
    }

    /**
     * A SHA-256 over the names and text of every template rendered so far (sorted by name): recorded in each
     * module's {@code migration.json} so a reviewer can tell which templates produced it.
     */
    public String templateHash() {
        synchronized (used) {
            return hash(used);
        }
    }

    /**
     * A SHA-256 over the names and text of exactly the templates {@code names} (sorted by name), loading any not yet
     * rendered: unlike {@link #templateHash()} it does not depend on what was rendered before, so every module of a
     * batch records the same value for the same templates.
     */
    public String templateHash(java.util.Collection<String> names) throws TemplateException {
        SortedMap<String, String> texts = new TreeMap<>();
        for (String name : names) {
            try {
                texts.put(name, configuration.getTemplate(name).toString());
            } catch (TemplateNotFoundException e) {
                throw new TemplateException("template " + describe(name) + " not found", e);
            } catch (ParseException e) {
                throw new TemplateException(where(name, e.getLineNumber(), e.getColumnNumber()) + ": " + e.getEditorMessage(), e);
            } catch (IOException e) {
                throw new TemplateException("template " + describe(name) + ": " + e.getMessage(), e);
            }
        }
        return hash(texts);
    }

    private static String hash(SortedMap<String, String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> entry : texts.entrySet()) {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(entry.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String describe(String name) {
        Optional<Path> user = userFile(name);
        return user.map(Path::toString).orElse(name + " (built-in)");
    }

    private Optional<Path> userFile(String name) {
        if (userTemplates == null) {
            return Optional.empty();
        }
        Path file = userTemplates.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private String where(String name, Integer line, Integer column) {
        StringBuilder text = new StringBuilder("template ").append(describe(name));
        if (line != null && line > 0) {
            text.append(", line ").append(line);
            if (column != null && column > 0) {
                text.append(", column ").append(column);
            }
        }
        return text.toString();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
