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
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonDialect;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * pyspark.ml in, org.apache.spark.ml out: keyword arguments as setters (rule ml-setters), setParams
 * (ml-set-params), copy (ml-copy), pipeline stage types through fit, {@code model.stages[i]}, param dicts as
 * ParamMaps, static members of ML classes and the arrays ML members return.
 */
class MlTranslationTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final String PRELUDE = "from pyspark.ml import Pipeline, PipelineModel\n"
            + "from pyspark.ml.feature import StringIndexer, OneHotEncoder, VectorAssembler, Bucketizer, Imputer\n"
            + "from pyspark.ml.feature import StandardScaler, SQLTransformer\n"
            + "from pyspark.ml.regression import LinearRegression, GBTRegressor, RandomForestRegressor\n"
            + "from pyspark.ml.classification import LogisticRegression\n"
            + "from pyspark.ml.clustering import KMeans\n"
            + "from pyspark.ml.evaluation import RegressionEvaluator\n"
            + "from pyspark.ml.tuning import CrossValidator, ParamGridBuilder\n"
            + "df = spark.range(3)\n"
            + "si = StringIndexer(inputCol='site_id', outputCol='site_idx')\n"
            + "gbt = GBTRegressor(labelCol='covers')\n"
            + "lr = LinearRegression()\n"
            + "ev = RegressionEvaluator()\n"
            + "pipeline = Pipeline(stages=[si, gbt])\n"
            + "model = pipeline.fit(df)\n";
    private static final int PRELUDE_STATEMENTS = 15;

    private record Translation(String java, List<Diagnostic> diagnostics) {
    }

    private static Translation translate(String python, Exploration exploration) {
        TranslationContext context = new TranslationContext(CATALOG, exploration, SourceRef.ofCell("t.ipynb", 1));
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        StmtTranslator translator = new StmtTranslator(context, scope);
        List<String> lines = new ArrayList<>();
        List<PyStmt> body = new PythonParser().parse(PRELUDE + python, SourceRef.ofCell("t.ipynb", 1),
                PythonDialect.PYTHON3).tree().body();
        assertThat(body).hasSizeGreaterThan(PRELUDE_STATEMENTS);
        for (int i = 0; i < body.size(); i++) {
            List<Statement> statements = translator.translate(body.get(i));
            if (i >= PRELUDE_STATEMENTS) {
                statements.forEach(s -> lines.add(s.toString()));
            }
        }
        return new Translation(String.join("\n", lines), context.diagnostics());
    }

    private static String java(String python) {
        return translate(python, Exploration.PRINT).java();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // ml-setters: one setter per keyword, named after the PySpark param
        "s = StringIndexer(inputCol='site_id', outputCol='site_idx', handleInvalid='keep')"
                + "|StringIndexer s = new StringIndexer().setInputCol(\"site_id\").setOutputCol(\"site_idx\").setHandleInvalid(\"keep\");",
        "e = OneHotEncoder(inputCols=['a_idx', 'b_idx'], outputCols=['a_vec', 'b_vec'], dropLast=False)"
                + "|OneHotEncoder e = new OneHotEncoder().setInputCols(new String[] { \"a_idx\", \"b_idx\" })"
                + ".setOutputCols(new String[] { \"a_vec\", \"b_vec\" }).setDropLast(false);",
        "a = VectorAssembler(inputCols=['site_vec', 'seats'], outputCol='features')"
                + "|VectorAssembler a = new VectorAssembler().setInputCols(new String[] { \"site_vec\", \"seats\" }).setOutputCol(\"features\");",
        "s = StandardScaler(inputCol='features', outputCol='scaled', withMean=True)"
                + "|StandardScaler s = new StandardScaler().setInputCol(\"features\").setOutputCol(\"scaled\").setWithMean(true);",
        "b = Bucketizer(splits=[-float('inf'), 0, 10.5, float('inf')], inputCol='x', outputCol='b')"
                + "|Bucketizer b = new Bucketizer().setSplits(new double[] { -Double.POSITIVE_INFINITY, 0, 10.5, Double.POSITIVE_INFINITY })"
                + ".setInputCol(\"x\").setOutputCol(\"b\");",
        "i = Imputer(strategy='median', inputCols=['a'], outputCols=['a_i'])"
                + "|Imputer i = new Imputer().setStrategy(\"median\").setInputCols(new String[] { \"a\" }).setOutputCols(new String[] { \"a_i\" });",
        "t = SQLTransformer(statement='SELECT *, x * 2 AS x2 FROM __THIS__')"
                + "|SQLTransformer t = new SQLTransformer().setStatement(\"SELECT *, x * 2 AS x2 FROM __THIS__\");",
        "g = GBTRegressor(featuresCol='features', labelCol='covers', maxIter=60, maxDepth=5, stepSize=0.1, seed=42)"
                + "|GBTRegressor g = new GBTRegressor().setFeaturesCol(\"features\").setLabelCol(\"covers\").setMaxIter(60)"
                + ".setMaxDepth(5).setStepSize(0.1).setSeed(42);",
        "r = RandomForestRegressor(numTrees=20, maxDepth=5)|RandomForestRegressor r = new RandomForestRegressor().setNumTrees(20).setMaxDepth(5);",
        "c = LogisticRegression(maxIter=10, regParam=0.01, elasticNetParam=0.5)"
                + "|LogisticRegression c = new LogisticRegression().setMaxIter(10).setRegParam(0.01).setElasticNetParam(0.5);",
        "k = KMeans(k=3, seed=1)|KMeans k = new KMeans().setK(3).setSeed(1);",
        "n = 5\\nl = LinearRegression(maxIter=n)|long n = 5;\\nLinearRegression l = new LinearRegression().setMaxIter((int) n);",
        "e = RegressionEvaluator(metricName='rmse', labelCol='covers', predictionCol='prediction')"
                + "|RegressionEvaluator e = new RegressionEvaluator().setMetricName(\"rmse\").setLabelCol(\"covers\").setPredictionCol(\"prediction\");",
        "p = Pipeline(stages=[si, gbt])|Pipeline p = new Pipeline().setStages(new PipelineStage[] { si, gbt });",
        "p = Pipeline()|Pipeline p = new Pipeline();",
        // ml-set-params and ml-copy
        "si.setParams(inputCol='a', outputCol='b')|out.display(si.setInputCol(\"a\").setOutputCol(\"b\"));",
        "g2 = gbt.copy()|GBTRegressor g2 = gbt.copy(new ParamMap());",
        "s2 = si.copy({si.outputCol: 'other'})|StringIndexer s2 = si.copy(new ParamMap().put(si.outputCol().w(\"other\")));",
        // fit and the fitted stages
        "m = pipeline.fit(df)|PipelineModel m = pipeline.fit(df);",
        "g = model.stages[-1]|GBTRegressionModel g = (GBTRegressionModel) model.stages()[model.stages().length - 1];",
        "s = model.stages[0]|StringIndexerModel s = (StringIndexerModel) model.stages()[0];",
        "v = model.stages[-1].featureImportances"
                + "|Vector v = ((GBTRegressionModel) model.stages()[model.stages().length - 1]).featureImportances();",
        "labels = model.stages[0].labels|List<String> labels = Arrays.asList(((StringIndexerModel) model.stages()[0]).labels());",
        "stages = model.stages|List<Transformer> stages = Arrays.asList(model.stages());",
        "lm = lr.fit(df, {lr.maxIter: 3, lr.regParam: 1})"
                + "|LinearRegressionModel lm = lr.fit(df, new ParamMap().put(lr.maxIter().w(3), lr.regParam().w(1)));",
        "w = lr.fit(df).coefficients.toArray()|List<Double> w = Arrays.stream(lr.fit(df).coefficients().toArray()).boxed().toList();",
        // evaluators
        "rmse = ev.evaluate(model.transform(df))|double rmse = ev.evaluate(model.transform(df));",
        "mae = ev.evaluate(df, {ev.metricName: 'mae'})|double mae = ev.evaluate(df, new ParamMap().put(ev.metricName().w(\"mae\")));",
        "mae = ev.setMetricName('mae').evaluate(df)|double mae = ev.setMetricName(\"mae\").evaluate(df);",
        // persistence
        "model.write().overwrite().save('/tmp/m')|model.write().overwrite().save(\"/tmp/m\");",
        "model.save('/tmp/m')|model.save(\"/tmp/m\");",
        "loaded = PipelineModel.load('/tmp/m')|PipelineModel loaded = PipelineModel.load(\"/tmp/m\");",
        // tuning
        "grid = ParamGridBuilder().addGrid(lr.regParam, [0.1, 0.01]).addGrid(lr.maxIter, [5, 10]).build()"
                + "|List<ParamMap> grid = Arrays.asList(new ParamGridBuilder().addGrid(lr.regParam(), new double[] { 0.1, 0.01 })"
                + ".addGrid(lr.maxIter(), new int[] { 5, 10 }).build());",
        "grid = ParamGridBuilder().build()\\ncv = CrossValidator(estimator=pipeline, estimatorParamMaps=grid, evaluator=ev, numFolds=3)"
                + "|List<ParamMap> grid = Arrays.asList(new ParamGridBuilder().build());\\n"
                + "CrossValidator cv = new CrossValidator().setEstimator(pipeline).setEstimatorParamMaps(grid.toArray(new ParamMap[0]))"
                + ".setEvaluator(ev).setNumFolds(3);",
    })
    void translatesAsSparkJavaWrites(String python, String expected) {
        assertThat(java(python.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void setterStatementsActInJobsInsteadOfBeingInspected() {
        Translation t = translate("ev.setMetricName('mae')", Exploration.INSPECT);
        assertThat(t.java()).isEqualTo("ev.setMetricName(\"mae\");");
        assertThat(t.diagnostics()).isEmpty();
    }

    @Test
    void aKeywordGivenNoneKeepsTheDefaultAndSaysSo() {
        Translation t = translate("g = GBTRegressor(maxIter=5, seed=None)", Exploration.PRINT);
        assertThat(t.java()).isEqualTo("GBTRegressor g = new GBTRegressor().setMaxIter(5);");
        assertThat(t.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code().id()).isEqualTo("NBM240");
            assertThat(d.message()).contains("seed=None");
            assertThat(d.location().line()).isEqualTo(PRELUDE_STATEMENTS + 1);
        });
    }

    @Test
    void aPipelineGivenAVariableListKeepsItsStagesUnknown() {
        assertThat(java("st = [si, gbt]\np = Pipeline(stages=st)\nm = p.fit(df)\nlast = m.stages[-1]"))
                .endsWith("Transformer last = m.stages()[m.stages().length - 1];");
    }

    @Test
    void untranslatableMlCallsSayWhy() {
        assertThatThrownBy(() -> java("x = StringIndexer('a')")).isInstanceOf(Untranslatable.class)
                .hasMessageContaining("keyword arguments only");
        assertThatThrownBy(() -> java("x = StringIndexer(noSuch=1)")).isInstanceOf(Untranslatable.class)
                .hasMessageContaining("no parameter noSuch");
        assertThatThrownBy(() -> java("x = VectorAssembler(inputCols=1.5)")).isInstanceOf(Untranslatable.class)
                .hasMessageContaining("setInputCols");
        assertThatThrownBy(() -> java("i = 1\nx = model.stages[i]")).isInstanceOf(Untranslatable.class)
                .hasMessageContaining("constant int index");
        assertThatThrownBy(() -> java("x = gbt.copy(5)")).isInstanceOf(Untranslatable.class)
                .hasMessageContaining("candidates: GBTRegressor.copy(ParamMap)");
    }

    @Test
    void floatOfAConstantIsTheJavaDouble() {
        assertThat(java("x = float('-inf')\ny = float(' NaN ')\nz = float('1_000.5')\nw = float(3)"))
                .isEqualTo("double x = Double.NEGATIVE_INFINITY;\ndouble y = Double.NaN;\ndouble z = 1000.5;\ndouble w = 3.0;");
        assertThat(FloatConstants.parse("1e3")).contains(1000.0);
        assertThat(FloatConstants.parse("0x10")).isEmpty();
        assertThat(FloatConstants.parse("1.5d")).isEmpty();
        assertThat(FloatConstants.parse("")).isEmpty();
    }
}
