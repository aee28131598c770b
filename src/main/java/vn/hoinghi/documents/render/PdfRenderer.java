package vn.hoinghi.documents.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Writes the PDF: the document as XHTML from a Thymeleaf template, laid out by openhtmltopdf with the
 * Liberation Serif fonts shipped in the jar and embedded (subset) in the file, so it looks the same on a
 * machine without any system fonts.
 */
public final class PdfRenderer {

    public static final String FONT_FAMILY = "Liberation Serif";

    private static final String[][] FONTS = {
            {"fonts/LiberationSerif-Regular.ttf", "400", "NORMAL"},
            {"fonts/LiberationSerif-Bold.ttf", "700", "NORMAL"},
            {"fonts/LiberationSerif-Italic.ttf", "400", "ITALIC"},
            {"fonts/LiberationSerif-BoldItalic.ttf", "700", "ITALIC"}};

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final TemplateEngine engine;
    private final Labels labels;
    private final byte[][] fonts;

    public PdfRenderer(Labels labels) {
        this.labels = labels;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix("documents/");
        resolver.setSuffix(".html");
        // XML mode: openhtmltopdf reads well-formed XHTML only.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        fonts = new byte[FONTS.length][];
        for (int i = 0; i < FONTS.length; i++) {
            fonts[i] = resource(FONTS[i][0]);
        }
    }

    /** The XHTML the PDF is laid out from. */
    public String xhtml(OfficialDocument doc) {
        Context ctx = new Context(Locale.forLanguageTag("vi-VN"));
        ctx.setVariable("doc", doc);
        ctx.setVariable("nation", labels.nation());
        ctx.setVariable("motto", labels.motto());
        ctx.setVariable("recipientsTitle", labels.recipientsTitle());
        ctx.setVariable("letterPrefix", labels.letterSubjectPrefix());
        return engine.process("official-document", ctx);
    }

    public byte[] render(OfficialDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (int i = 0; i < FONTS.length; i++) {
            byte[] bytes = fonts[i];
            builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, Integer.parseInt(FONTS[i][1]),
                    FontStyle.valueOf(FONTS[i][2]), true);
        }
        builder.withHtmlContent(xhtml(doc), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font in the application: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
