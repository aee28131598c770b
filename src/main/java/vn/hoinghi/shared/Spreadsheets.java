package vn.hoinghi.shared;

/**
 * Exported cells that a spreadsheet would run as formulas (=, +, -, @, a tab or a carriage return first) are
 * written as text: in a CSV with a leading apostrophe (OWASP's "CSV injection" advice). An XLSX cell written
 * as a string is text by its type and needs nothing.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** The text as a CSV cell that no spreadsheet evaluates: "=1+1" becomes "'=1+1". */
    public static String csvText(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaLike ? "'" + value : value;
    }
}
