package se.uppdrag.platform.csv;

/** Cells of the CSV exports a spreadsheet opens. */
public final class CsvCells {

    private CsvCells() {}

    /** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        return quoted ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
