package se.uppdrag.portal.service;

import java.util.ArrayList;
import java.util.List;
import se.uppdrag.portal.client.Enrolments.Participant;

/**
 * A list of staff as HR pastes it from a spreadsheet or uploads it as a CSV file: one person a line, given name, family
 * name, e-mail, employee number, (where the course awards credits) personal identity number and (optionally) the
 * person's cost centre when it is not the order's, separated by commas,
 * semicolons (as Swedish spreadsheets save) or tabs (as a paste from one carries). A first line naming the columns is
 * recognised and skipped; a line that cannot be read is named, not guessed at.
 */
public final class StaffList {

    /** What was read: the people, and the lines that could not be read (line number and what was wrong). */
    public record Read(List<Participant> people, List<Problem> problems) {}

    public record Problem(int line, String text) {}

    private StaffList() {}

    public static Read parse(String text) {
        List<Participant> people = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return new Read(people, problems);
        }
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line, separator(line));
            if (people.isEmpty() && problems.isEmpty() && isHeader(cells)) {
                continue;
            }
            if (cells.size() < 4 || cells.size() > 6) {
                problems.add(new Problem(i + 1, line));
                continue;
            }
            people.add(new Participant(
                    cells.get(0), cells.get(1), cells.get(2), cells.get(3), optional(cells, 4), optional(cells, 5)));
        }
        return new Read(people, problems);
    }

    private static String optional(List<String> cells, int index) {
        return cells.size() > index && !cells.get(index).isEmpty() ? cells.get(index) : null;
    }

    private static char separator(String line) {
        if (line.indexOf('\t') >= 0) {
            return '\t';
        }
        return line.indexOf(';') >= 0 ? ';' : ',';
    }

    /**
     * A first line is the column names when its e-mail column holds no address: "e-post", "E-mail", "Epost" and whatever
     * else a spreadsheet calls it, in any language, without a list of names to keep up to date.
     */
    private static boolean isHeader(List<String> cells) {
        return cells.size() >= 3
                && !cells.get(2).contains("@")
                && !cells.get(2).isEmpty()
                && cells.get(2).chars().anyMatch(Character::isLetter);
    }

    /** RFC 4180 cells: quotes around a cell may hold the separator, and "" is a quote. */
    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty() && cells.size() > 4) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
