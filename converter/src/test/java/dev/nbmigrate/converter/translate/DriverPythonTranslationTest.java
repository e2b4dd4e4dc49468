package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonDialect;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.SparkObject;

/** Driver-side Python snippet in, plain Java out: the translation of notebook Python that runs on the driver. */
class DriverPythonTranslationTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final String PRELUDE = "import datetime as dt\n"
            + "import os\n"
            + "xs = [3, 1, 2]\n"
            + "names = ['a', 'b']\n"
            + "d = {'a': 1, 'b': 2}\n"
            + "s = 'x'\n"
            + "DATE_FMT = '%Y-%m-%d'\n";
    private static final int PRELUDE_STATEMENTS = 7;

    private static String translate(String python) {
        TranslationContext context = new TranslationContext(CATALOG, Exploration.PRINT, SourceRef.ofCell("t.ipynb", 1));
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        StmtTranslator translator = new StmtTranslator(context, scope);
        List<String> lines = new ArrayList<>();
        List<PyStmt> body = new PythonParser().parse(PRELUDE + python, SourceRef.ofCell("t.ipynb", 1), PythonDialect.PYTHON3)
                .tree().body();
        for (int i = 0; i < body.size(); i++) {
            List<Statement> statements = translator.translate(body.get(i));
            if (i >= PRELUDE_STATEMENTS) {
                statements.forEach(s -> lines.add(s.toString()));
            }
        }
        return String.join("\n", lines);
    }

    @org.junit.jupiter.api.Test
    void pythonTwoDictIterationIsTheDictsItems() {
        assertThat(translate("for k, v in d.iteritems():\n    n = v"))
                .isEqualTo(translate("for k, v in d.items():\n    n = v")).contains("d.entrySet()");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // comprehensions
        "ys = [x * 2 for x in xs if x > 1]|List<Long> ys = xs.stream().filter(x -> x > 1).map(x -> x * 2).collect(Collectors.toList());",
        "ys = [i for i in range(3)]|List<Long> ys = LongStream.range(0, 3).boxed().collect(Collectors.toList());",
        "ys = {k: v + 1 for k, v in d.items()}|Map<String, Long> ys = d.entrySet().stream().collect(Collectors.toMap(entry -> entry.getKey(), entry -> entry.getValue() + 1, (a, b) -> b, LinkedHashMap::new));",
        "ys = {n.upper() for n in names}|Set<String> ys = names.stream().map(n -> n.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());",
        "ys = [a + b for a in names for b in names]|List<String> ys = names.stream().flatMap(a -> names.stream().map(b -> a + b)).collect(Collectors.toList());",
        // builtins
        "n = len(xs)|long n = xs.size();",
        "n = sum(xs)|long n = xs.stream().mapToLong(x -> x).sum();",
        "n = sum(x * x for x in xs)|long n = xs.stream().map(x -> x * x).mapToLong(x -> x).sum();",
        "m = max(xs)|long m = xs.stream().max(Comparator.naturalOrder()).orElseThrow();",
        "ys = sorted(xs, reverse=True)|List<Long> ys = xs.stream().sorted(Comparator.reverseOrder()).collect(Collectors.toList());",
        "ys = [0] * 5|List<Long> ys = new ArrayList<>(Collections.nCopies(5, 0L));",
        "ok = 'a' in d|boolean ok = d.containsKey(\"a\");",
        "ok = 2 in xs|boolean ok = xs.contains(2);",
        "t = str(True)|String t = (true ? \"True\" : \"False\");",
        "n = int('42')|long n = Long.parseLong(\"42\".strip());",
        // Python 2: repr (the backticks), dict.has_key and the iter/view dict methods
        "t = repr(len(xs))|String t = String.valueOf(xs.size());",
        "ok = d.has_key('a')|boolean ok = d.containsKey(\"a\");",
        "ks = d.iterkeys()|List<String> ks = new ArrayList<>(d.keySet());",
        // strings
        "t = 'wasbs://{0}@{1}/{2}'.format(s, 'acct', s.lstrip('/'))|String t = \"wasbs://\" + s + \"@\" + \"acct\" + \"/\" + s.replaceAll(\"^[/]+\", \"\");",
        "t = 'WHERE d >= \\'{day}\\''.format(day=s)|String t = \"WHERE d >= '\" + s + \"'\";",
        "t = '{:.2f}%'.format(1.5)|String t = String.format(Locale.ROOT, \"%.2f\", 1.5) + \"%\";",
        "t = 'missing %d lines' % 3|String t = \"missing \" + String.valueOf(3) + \" lines\";",
        "t = '%s=%5.1f' % (s, 2.25)|String t = s + \"=\" + String.format(Locale.ROOT, \"%5.1f\", 2.25);",
        "t = f'{s}-{len(xs):03d}'|String t = s + \"-\" + String.format(Locale.ROOT, \"%03d\", xs.size());",
        "t = ','.join(names)|String t = String.join(\",\", names);",
        "parts = s.split(',')|List<String> parts = Arrays.asList(s.split(\",\", -1));",
        // dates
        "day = dt.datetime.strptime('2024-01-10', DATE_FMT).date()|LocalDate day = LocalDate.parse(\"2024-01-10\", DateTimeFormatter.ofPattern(\"yyyy-M-d\"));",
        "day = dt.date(2024, 1, 1)|LocalDate day = LocalDate.of(2024, 1, 1);",
        "when = dt.datetime.now().strftime('%H:%M:%S')|String when = LocalDateTime.now().format(DateTimeFormatter.ofPattern(\"HH:mm:ss\"));",
        "month = dt.date.today().strftime('%d %b %Y')|String month = LocalDate.now().format(DateTimeFormatter.ofPattern(\"dd MMM yyyy\", Locale.ENGLISH));",
        "iso = dt.date(2024, 1, 10).isoformat()|String iso = LocalDate.of(2024, 1, 10).toString();",
        // os.path
        "p = os.path.join('/data', s, 'x.csv')|String p = \"/data\" + \"/\" + s + \"/\" + \"x.csv\";",
        "p = os.path.basename(s)|String p = s.substring(s.lastIndexOf('/') + 1);",
    })
    void translatesDriverPython(String python, String java) {
        assertThat(translate(python)).isEqualTo(java);
    }

    @Test
    void weekStartAndDateRangeOfTheUtilsNotebook() {
        assertThat(translate("d0 = dt.date(2024, 1, 10)\nmonday = d0 - dt.timedelta(days=d0.weekday())"))
                .isEqualTo("LocalDate d0 = LocalDate.of(2024, 1, 10);\n"
                        + "LocalDate monday = d0.minusDays(d0.getDayOfWeek().getValue() - 1);");
        assertThat(translate("st = dt.date(2024, 1, 1)\nen = dt.date(2024, 1, 3)\n"
                + "days = [(st + dt.timedelta(days=i)).strftime(DATE_FMT) for i in range((en - st).days + 1)]"))
                .endsWith("List<String> days = LongStream.range(0, ChronoUnit.DAYS.between(st, en) + 1)"
                        + ".mapToObj(i -> st.plusDays(i).format(DateTimeFormatter.ofPattern(\"yyyy-MM-dd\")))"
                        + ".collect(Collectors.toList());");
    }

    @Test
    void startsWithATupleIsAnyOfThePrefixes() {
        assertThat(translate("ok = s.startswith(('a', 'b'))")).isEqualTo("boolean ok = s.startsWith(\"a\") || s.startsWith(\"b\");");
    }

    @Test
    void loopsUnpackTuples() {
        assertThat(translate("for k, v in d.items():\n    print(k, v)")).isEqualTo(
                "for (Map.Entry<String, Long> entry : d.entrySet()) {\n"
                        + "    String k = entry.getKey();\n"
                        + "    long v = entry.getValue();\n"
                        + "    System.out.println(k + \" \" + String.valueOf(v));\n"
                        + "}");
        assertThat(translate("for i, x in enumerate(xs):\n    if x > 2:\n        break")).isEqualTo(
                "for (int i = 0; i < xs.size(); i++) {\n"
                        + "    long i2 = i;\n"
                        + "    long x = xs.get(i);\n"
                        + "    if (x > 2) {\n"
                        + "        break;\n"
                        + "    }\n"
                        + "}");
        assertThat(translate("for i in range(0, 10, 2):\n    continue")).isEqualTo(
                "for (long i = 0; i < 10; i += 2L) {\n    continue;\n}");
    }

    @Test
    void checksAndExceptions() {
        assertThat(translate("assert len(xs) == 3, 'three items'")).isEqualTo(
                "if (!(xs.size() == 3)) {\n    throw new IllegalStateException(\"three items\");\n}");
        assertThat(translate("raise ValueError('bad ' + s)")).isEqualTo("throw new IllegalArgumentException(\"bad \" + s);");
        // the try block's variable ended with it: the handler declares its own (an assignment would not compile)
        assertThat(translate("try:\n    n = int(s)\nexcept ValueError:\n    n = 0")).isEqualTo(
                "try {\n    long n = Long.parseLong(s.strip());\n} catch (IllegalArgumentException e) {\n    long n = 0;\n}");
        assertThat(translate("n = 0\nwhile n < 3:\n    n += 1")).isEqualTo("long n = 0;\nwhile (n < 3) {\n    n = n + 1;\n}");
        assertThat(translate("d['c'] = 3")).isEqualTo("d.put(\"c\", 3L);");
    }

    @Test
    void unreadableDateFormatsAndFormatFieldsAreReported() {
        assertThatThrownBy(() -> translate("t = dt.date.today().strftime(names[0])"))
                .isInstanceOfSatisfying(Untranslatable.class, e -> assertThat(e.code()).isEqualTo(Code.NBM250));
        assertThatThrownBy(() -> translate("t = dt.date.today().strftime('%U')"))
                .isInstanceOfSatisfying(Untranslatable.class, e -> assertThat(e.getMessage()).contains("%U"));
        assertThatThrownBy(() -> translate("t = '{0.x}'.format(s)"))
                .isInstanceOfSatisfying(Untranslatable.class, e -> assertThat(e.code()).isEqualTo(Code.NBM252));
    }
}
