package dk.flis.driftsstatus.render;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of a run: templates only from the theme folder, HTML
 * auto-escaping, no {@code ?new} or {@code ?api}, errors rethrown and turned into diagnostics that
 * name the template, line and column. Thread-safe once built.
 */
public final class TemplateEngine {
    private final Configuration configuration;
    private final String shownFolder;

    /** The engine for the theme in {@code templatesFolder}, named {@code shownFolder} in messages. */
    public TemplateEngine(Path templatesFolder, String shownFolder) throws IOException {
        this(new RecordingTemplateLoader(templatesFolder), shownFolder);
    }

    /**
     * The engine for templates bundled with the program, beside {@code base} on the class path (the
     * editor's pages of {@code serve}: their field names are a contract with the server, so a theme
     * cannot change them). Same locked-down configuration as the theme's.
     */
    public TemplateEngine(Class<?> base) {
        this(new ClassTemplateLoader(base, ""), "(program)");
    }

    private TemplateEngine(TemplateLoader loader, String shownFolder) {
        this.shownFolder = shownFolder;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        // Look a template up on every use (a file-system check, no re-parse unless it changed), so
        // that every render's lookups reach the recording loader, not only the first one's.
        configuration.setTemplateUpdateDelayMilliseconds(0);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        // Same output whatever the machine's locale and time zone.
        configuration.setLocale(Locale.forLanguageTag("da-DK"));
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(new OwnTypesOnlyAccessPolicy());
        configuration.setObjectWrapper(wrapper.build());
    }

    /** Renders {@code name} with the given model; a template mistake becomes a {@link TemplateFailure}. */
    public String render(String name, Map<String, Object> model) throws TemplateFailure {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateFailure(diagnostic(
                    e.getTemplateName(),
                    e.getLineNumber(),
                    e.getColumnNumber(),
                    "template-syntax",
                    firstLine(e.getEditorMessage())));
        } catch (TemplateException e) {
            throw new TemplateFailure(diagnostic(
                    e.getTemplateSourceName(),
                    nz(e.getLineNumber()),
                    nz(e.getColumnNumber()),
                    "template-error",
                    templateMessage(e.getMessageWithoutStackTop())));
        } catch (SecurityException e) {
            // FreeMarker's file loader refuses a template that resolves (e.g. through a link) outside
            // the folder, with an unchecked exception that carries no position.
            throw new TemplateFailure(diagnostic(name, 0, 0, "template-outside-folder"));
        } catch (IOException e) {
            throw new TemplateFailure(diagnostic(name, 0, 0, "template-unreadable", IoProblems.describe(e), name));
        }
    }

    private Diagnostic diagnostic(String template, int line, int column, String code, Object... args) {
        String file = shownFolder + "/" + (template == null ? "?" : template);
        return Diagnostic.error(new SourcePosition(file, line, column), code, args);
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }

    /** FreeMarker's first line, plus the failing expression it shows after "==>". */
    private static String templateMessage(String message) {
        String first = firstLine(message);
        return message.lines()
                .filter(l -> l.strip().startsWith("==>"))
                .findFirst()
                .map(l -> first + " "
                        + l.strip()
                                .substring(3)
                                .replaceAll("\\s*\\[in template.*$", "")
                                .strip())
                .orElse(first);
    }

    private static String firstLine(String message) {
        return message == null
                ? "unknown error"
                : message.strip().lines().findFirst().orElse("unknown error");
    }

    /** A template mistake, already phrased as a diagnostic. */
    public static final class TemplateFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        TemplateFailure(Diagnostic diagnostic) {
            super(diagnostic.headline(Catalogue.of("en")));
            this.diagnostic = diagnostic;
        }

        /** The mistake, with the template's position. */
        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
