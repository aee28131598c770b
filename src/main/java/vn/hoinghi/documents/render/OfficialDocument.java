package vn.hoinghi.documents.render;

import java.util.List;

/**
 * One administrative document laid out as Decree 30/2020/NĐ-CP Appendix I describes it, as plain data:
 * both the PDF and the DOCX are written from this, so they say the same thing.
 *
 * @param typeName   the document type in capitals ("KẾ HOẠCH"); null for a công văn, whose subject then goes
 *                   under the number as "V/v …"
 * @param subject    the trích yếu
 * @param addressees "Kính gửi" lines (a công văn); empty when there are none
 * @param signers    one signer, or two (minutes: the secretary on the left, the chair on the right)
 * @param recipients the "Nơi nhận" lines; empty when there are none
 */
public record OfficialDocument(String title, Header header, String typeName, String subject, List<String> addressees,
                               List<Block> body, List<Signer> signers, List<String> recipients) {

    public OfficialDocument {
        addressees = List.copyOf(addressees);
        body = List.copyOf(body);
        signers = List.copyOf(signers);
        recipients = List.copyOf(recipients);
    }

    /** A công văn has no type name; its subject is the "V/v" line. */
    public boolean letter() {
        return typeName == null;
    }

    /**
     * The top of the page: the issuing body under its superior on the left, the national name and motto on the
     * right, then the number and symbol on the left and the place and date on the right.
     */
    public record Header(String superior, String issuer, String numberLine, String placeDate) {
    }

    /** A block of the body: a paragraph or a table. */
    public sealed interface Block permits Paragraph, Table {
        /** What the template switches on. */
        String kind();
    }

    /** A paragraph; lead is an optional bold beginning ("Điều 1."). */
    public record Paragraph(String lead, String text, Style style) implements Block {
        @Override
        public String kind() {
            return "paragraph";
        }

        public String cssClass() {
            return style.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The text but its last word when it ends with the closing "./.", which must not go alone to a new line. */
        public String head() {
            int cut = closingCut();
            return cut < 0 ? text : text.substring(0, cut);
        }

        public String tail() {
            int cut = closingCut();
            return cut < 0 ? "" : text.substring(cut);
        }

        private int closingCut() {
            if (text == null || !text.endsWith("./.")) {
                return -1;
            }
            return text.lastIndexOf(' ') + 1;
        }
    }

    public enum Style {
        /** Justified with a first-line indent. */
        BODY,
        /** A bold section heading ("I. MỤC ĐÍCH – YÊU CẦU"). */
        HEADING,
        /** A list item ("- …", "+ …"), justified with a first-line indent. */
        ITEM,
        /** Centred bold ("QUYẾT NGHỊ:"). */
        CENTER_BOLD,
        /** Centred italic (a note under the title). */
        CENTER_ITALIC
    }

    /** A ruled table; widths are percentages of the text width. */
    public record Table(List<String> headers, List<Integer> widths, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String kind() {
            return "table";
        }

        /** A column of numbers, counts or percentages is centred. */
        public boolean centred(int column) {
            return !rows.isEmpty() && rows.stream().allMatch(r -> column < r.size()
                    && r.get(column).matches("\\d+([.,]\\d+)?%?"));
        }
    }

    /** A signature block: "TM. …" (may be null), the title, the space for signature and seal, the name. */
    public record Signer(String authority, String title, String name) {
    }
}
