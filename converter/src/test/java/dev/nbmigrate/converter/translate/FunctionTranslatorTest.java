package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonDialect;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.SparkObject;

/** Python defs and UDFs in, Java members and statements out: the translation as input/output pairs. */
class FunctionTranslatorTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final String PRELUDE = "import pyspark.sql.functions as F\n"
            + "from pyspark.sql.types import DoubleType, StringType\n"
            + "df = spark.range(3)\n";

    private TranslationContext context;

    /** The members of the class, then the statements of the snippet (prelude left out), as Java text. */
    private String translate(String python) {
        context = new TranslationContext(CATALOG, Exploration.INSPECT, SourceRef.ofCell("t.ipynb", 1));
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        scope.reserve("ctx");
        StmtTranslator translator = new StmtTranslator(context, scope);
        List<String> lines = new ArrayList<>();
        List<PyStmt> body = new PythonParser().parse(PRELUDE + python, SourceRef.ofCell("t.ipynb", 1),
                PythonDialect.PYTHON3).tree().body();
        for (int i = 0; i < body.size(); i++) {
            List<Statement> statements = translator.translate(body.get(i));
            if (i >= 3) {
                statements.forEach(s -> lines.add(s.toString()));
            }
        }
        List<String> members = new ArrayList<>();
        context.members().forEach(m -> members.add(m.toString()));
        return String.join("\n", members) + "\n--\n" + String.join("\n", lines);
    }

    String translateForScratch(String python) {
        return translate(python);
    }

    List<String> codesForScratch() {
        return codes();
    }

    private List<String> codes() {
        return context.diagnostics().stream().map(d -> d.code().id() + " " + d.message()).toList();
    }

    @Test
    void columnUdf() {
        assertThat(translate("""
                LB = 0.45
                def to_kg(quantity, unit):
                    if quantity is None or unit is None:
                        return None
                    u = unit.strip().lower()
                    if u in ("kg", "kgs"):
                        return float(quantity)
                    elif u in ("lb", "lbs"):
                        return quantity * LB
                    else:
                        return None
                to_kg_udf = F.udf(to_kg, DoubleType())
                out = df.withColumn("kg", to_kg_udf(F.col("qty"), "unit"))
                """)).isEqualTo("");
        assertThat(codes()).isEmpty();
    }
}
