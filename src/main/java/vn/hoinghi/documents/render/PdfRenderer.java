package vn.hoinghi.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
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
        List<TrueTypeFont> opened = new ArrayList<>();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            for (int i = 0; i < FONTS.length; i++) {
                builder.useFont(new LazyFont(pdf, fonts[i], opened), FONT_FAMILY, Integer.parseInt(FONTS[i][1]),
                        FontStyle.valueOf(FONTS[i][2]), true);
            }
            // composed (NFC) Vietnamese letters all have their own glyphs in Liberation Serif
            builder.withHtmlContent(Normalizer.normalize(xhtml(doc), Normalizer.Form.NFC), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (TrueTypeFont ttf : opened) {
                try {
                    ttf.close();
                } catch (IOException ignored) {
                    // an in-memory font: nothing to release
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * A font embedded (subset) only when the document uses it. Its glyph substitution table (ligatures) is
     * switched off: PDFBox rebuilds a regular expression for it on every line of text, which made it the
     * larger part of the rendering time, and Vietnamese text needs no ligatures.
     */
    private static final class LazyFont extends PDFontSupplier {

        private final PDDocument pdf;
        private final byte[] bytes;
        private final List<TrueTypeFont> opened;
        private PDFont font;

        LazyFont(PDDocument pdf, byte[] bytes, List<TrueTypeFont> opened) {
            super(null);
            this.pdf = pdf;
            this.bytes = bytes;
            this.opened = opened;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    opened.add(ttf);
                    ttf.setEnableGsub(false);
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
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
