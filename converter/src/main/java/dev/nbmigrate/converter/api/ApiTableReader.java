package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the two declarative tables, {@code classes.tsv} and {@code pyspark-api.tsv}, checking every cell. A bad
 * cell is a build error of nbmigrate itself: the exception names the file, line and column.
 */
final class ApiTableReader {

    static final String CLASSES = "classes.tsv";
    static final String MEMBERS = "pyspark-api.tsv";
    private static final int CLASS_COLUMNS = 8;
    private static final int MEMBER_COLUMNS = 11;

    /** One row of {@code pyspark-api.tsv}, parsed but not yet tied to Java. */
    record MemberRow(int line, String ownerKey, String member, MemberKind kind, SupportStatus status,
            Optional<Code> code, String java, Optional<TranslationRule> rule, Optional<PyParams> params,
            Optional<PyType> returns, VersionRange spark, String note) {
    }

    private ApiTableReader() {
    }

    static List<ApiClass> readClasses() {
        List<ApiClass> result = new ArrayList<>();
        for (Line line : lines(CLASSES, CLASS_COLUMNS)) {
            String[] c = line.cells;
            try {
                SupportStatus status = SupportStatus.byLabel(c[5]);
                Optional<Code> code = code(c[6]);
                checkCode(status, code);
                result.add(new ApiClass(c[0], optional(c[1]), c[2].equals("-") ? List.of()
                        : Arrays.stream(c[2].split(",")).map(String::strip).toList(), optional(c[3]),
                        ApiClass.Access.byLabel(c[4]), status, code, c[7].equals("-") ? "" : c[7]));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage(), e);
            }
        }
        return result;
    }

    static List<MemberRow> readMembers() {
        List<MemberRow> result = new ArrayList<>();
        for (Line line : lines(MEMBERS, MEMBER_COLUMNS)) {
            String[] c = line.cells;
            try {
                SupportStatus status = SupportStatus.byLabel(c[3]);
                Optional<Code> code = code(c[4]);
                checkCode(status, code);
                Optional<TranslationRule> rule = c[6].equals("-") ? Optional.empty()
                        : Optional.of(TranslationRule.byId(c[6]).orElseThrow(
                                () -> new IllegalArgumentException("unknown rule id '" + c[6] + "'")));
                Optional<PyParams> params = switch (c[7]) {
                    case "-" -> Optional.empty();
                    case "()" -> Optional.of(PyParams.NONE);
                    default -> Optional.of(PyParams.parse(c[7]));
                };
                Optional<PyType> returns = c[8].equals("-") ? Optional.empty() : Optional.of(PyTypes.parse(c[8]));
                if (!c[1].matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException("not a member name: '" + c[1] + "'");
                }
                result.add(new MemberRow(line.number, c[0], c[1], MemberKind.byLabel(c[2]), status, code, c[5],
                        rule, params, returns, VersionRange.parse(c[9]), c[10].equals("-") ? "" : c[10]));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage(), e);
            }
        }
        return result;
    }

    private static Optional<String> optional(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }

    private static Optional<Code> code(String cell) {
        if (cell.equals("-")) {
            return Optional.empty();
        }
        if (!cell.matches("NBM2\\d\\d")) {
            throw new IllegalArgumentException("code '" + cell + "' is not a translation code (NBM2xx)");
        }
        return Optional.of(Code.byId(cell));
    }

    /** Warning rows carry warning codes, unsupported rows error codes, supported rows at most an info code. */
    private static void checkCode(SupportStatus status, Optional<Code> code) {
        Severity expected = switch (status) {
            case SUPPORTED -> Severity.INFO;
            case WARNING -> Severity.WARNING;
            case UNSUPPORTED -> Severity.ERROR;
        };
        if (status != SupportStatus.SUPPORTED && code.isEmpty()) {
            throw new IllegalArgumentException(status.label() + " needs a code");
        }
        if (code.isPresent() && code.get().severity() != expected) {
            throw new IllegalArgumentException("code " + code.get().id() + " is " + code.get().severity().label()
                    + " but the status " + status.label() + " needs a code of severity " + expected.label());
        }
    }

    /** A data line of a table: its 1-based number and cells. */
    private record Line(String file, int number, String[] cells) {
        IllegalStateException error(String message, Throwable cause) {
            return new IllegalStateException(file + ":" + number + ": " + message, cause);
        }
    }

    private static List<Line> lines(String file, int columns) {
        List<Line> result = new ArrayList<>();
        try (InputStream in = ApiTableReader.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("resource " + file + " is missing beside " + ApiTableReader.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            boolean header = true;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (header && file.equals(MEMBERS)) {
                    header = false;
                    if (cells[0].equals("owner")) {
                        continue;
                    }
                }
                if (cells.length != columns) {
                    throw new IllegalStateException(file + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i].isBlank() || !cells[i].equals(cells[i].strip())) {
                        throw new IllegalStateException(file + ":" + number + ": column " + (i + 1)
                                + " is empty or padded (write - for none)");
                    }
                }
                result.add(new Line(file, number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return result;
    }
}
