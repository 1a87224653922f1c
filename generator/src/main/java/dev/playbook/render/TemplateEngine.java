package dev.playbook.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Freemarker, locked down: HTML auto-escaping, no {@code ?new} class instantiation, no {@code ?api},
 * fixed locale and time zone so output does not depend on the machine. Templates come from the
 * user's theme first, then the built-in one.
 */
final class TemplateEngine {

    private final Configuration configuration;
    private final freemarker.template.DefaultObjectWrapper wrapper;

    TemplateEngine(Theme theme) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader(theme));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        // a failure inside #attempt is the template's own business: do not log it
        configuration.setAttemptExceptionReporter((exception, environment) -> { });
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(Locale.US);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
        configuration.setObjectWrapper(wrapper);
    }

    private static TemplateLoader loader(Theme theme) {
        List<TemplateLoader> loaders = new ArrayList<>();
        theme.userDirectory().map(d -> d.resolve("templates")).filter(Files::isDirectory).ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read theme templates in " + dir, e);
            }
        });
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), Theme.BUILT_IN + "templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** The first of {@code names} that exists. */
    Template template(List<String> names) throws IOException {
        TemplateNotFoundException last = null;
        for (String name : names) {
            try {
                return configuration.getTemplate(name);
            } catch (TemplateNotFoundException e) {
                last = e;
            }
        }
        throw last;
    }

    /** {@code site} as templates see it, writing down in {@code reads} what they read of it. */
    RecordingHash recording(Map<String, Object> site, SiteReads reads) {
        return new RecordingHash(site, java.util.List.of(), reads, wrapper);
    }

    /** Throws {@link PageWriter.TooLarge} when the page outgrows {@link PageWriter#MAX_CHARS}. */
    String render(Template template, Map<String, Object> model) throws IOException, TemplateException {
        PageWriter out = new PageWriter();
        template.process(model, out);
        return out.toString();
    }
}
