package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.conformance.ConformanceRunner;
import dev.nbmigrate.converter.conformance.ConformanceSession;
import dev.nbmigrate.converter.conformance.ConformanceTranslator;
import dev.nbmigrate.converter.conformance.CorpusExample;
import dev.nbmigrate.converter.conformance.CorpusRecord;
import dev.nbmigrate.converter.conformance.ExampleKind;

/**
 * pyspark.ml snippets translated, compiled and run on local Spark. The data are chosen so that every printed value
 * can be worked out by hand: the regression fits exactly, the evaluator's errors are small integers.
 */
class MlExecutionTest {

    /** Rows of y = 2x + 3, plus 10 on site 'b': a line the features [site 'a' one-hot, x] fit exactly. */
    private static final String DATA = "df = spark.createDataFrame([('a', 1.0, 5.0), ('a', 2.0, 7.0), ('a', 3.0, 9.0), "
            + "('a', 4.0, 11.0), ('b', 1.0, 15.0), ('b', 2.0, 17.0), ('b', 4.0, 21.0)], ['site', 'x', 'y'])";

    private static final String IMPORTS = "from pyspark.ml import Pipeline, PipelineModel\n"
            + "from pyspark.ml.feature import StringIndexer, OneHotEncoder, VectorAssembler, Bucketizer, SQLTransformer\n"
            + "from pyspark.ml.regression import LinearRegression\n"
            + "from pyspark.ml.evaluation import RegressionEvaluator\n"
            + "from pyspark.sql import functions as F";

    /**
     * The pipeline of the meal demand notebook, with a linear regression in place of the trees (and no
     * handleInvalid='keep', whose always-empty slot would make the normal equations singular).
     */
    private static final String PIPELINE = "indexer = StringIndexer(inputCol='site', outputCol='site_idx')\n"
            + "encoder = OneHotEncoder(inputCols=['site_idx'], outputCols=['site_vec'])\n"
            + "assembler = VectorAssembler(inputCols=['site_vec', 'x'], outputCol='features')\n"
            + "lr = LinearRegression(featuresCol='features', labelCol='y', maxIter=10, regParam=0.0)\n"
            + "pipeline = Pipeline(stages=[indexer, encoder, assembler, lr])";

    /** y rounded, for the seven rows in site, x order. */
    private static final String PREDICTIONS = "[Row(site='a', x=1.0, p=5.0), Row(site='a', x=2.0, p=7.0), "
            + "Row(site='a', x=3.0, p=9.0), Row(site='a', x=4.0, p=11.0), Row(site='b', x=1.0, p=15.0), "
            + "Row(site='b', x=2.0, p=17.0), Row(site='b', x=4.0, p=21.0)]\n";

    private static ConformanceRunner runner;

    @BeforeAll
    static void start() {
        SparkSession spark = ConformanceSession.getOrCreate();
        runner = new ConformanceRunner(spark, new ConformanceTranslator(ApiCatalog.standard()), new InMemoryCompiler());
    }

    /** Alternating Python statements and what they print ("" for nothing). */
    private static String run(String name, String... sourceAndWant) {
        List<CorpusExample> examples = new ArrayList<>();
        for (int i = 0; i < sourceAndWant.length; i += 2) {
            examples.add(new CorpusExample(sourceAndWant[i] + "\n", sourceAndWant[i + 1],
                    sourceAndWant[i + 1].isEmpty() ? ExampleKind.NONE : ExampleKind.OTHER, null, i / 2 + 1));
        }
        CorpusRecord record = new CorpusRecord(name, "test", examples, Map.of(), List.of("NORMALIZE_WHITESPACE"),
                List.of(), false, false, false);
        return runner.run(record, 0).line();
    }

    @Test
    void pipelineOfIndexerEncoderAssemblerAndRegressionFitsExactly() {
        assertThat(run("pipeline",
                IMPORTS, "",
                DATA, "",
                PIPELINE, "",
                "model = pipeline.fit(df)", "",
                "model.transform(df).select('site', 'x', F.round('prediction', 6).alias('p')).orderBy('site', 'x').collect()",
                PREDICTIONS,
                "lr_model = model.stages[-1]", "",
                // two sites one-hot encoded with the last dropped, plus x
                "lr_model.numFeatures", "2\n",
                "model.stages[0].labels", "['a', 'b']\n"))
                .isEqualTo("PASS pipeline");
    }

    @Test
    void evaluatorMetricsAndAParamMapThatLeavesTheEvaluatorAsItWas() {
        // errors 0, 0, 0, 2 on four rows: rmse sqrt(4 / 4) = 1.0, mae 2 / 4 = 0.5
        assertThat(run("evaluator",
                IMPORTS, "",
                "pred = spark.createDataFrame([(1.0, 1.0), (2.0, 2.0), (3.0, 3.0), (4.0, 6.0)], ['label', 'prediction'])", "",
                "evaluator = RegressionEvaluator(labelCol='label', predictionCol='prediction', metricName='rmse')", "",
                "evaluator.evaluate(pred)", "1.0\n",
                "evaluator.evaluate(pred, {evaluator.metricName: 'mae'})", "0.5\n",
                "evaluator.getMetricName()", "'rmse'\n",
                "mae = evaluator.setMetricName('mae').evaluate(pred)", "",
                "print(mae, evaluator.getMetricName())", "0.5 mae\n"))
                .isEqualTo("PASS evaluator");
    }

    @Test
    void savedPipelineModelLoadsAndPredictsTheSame(@TempDir Path folder) {
        String path = folder.resolve("model").toUri().toString();
        assertThat(run("persist",
                IMPORTS, "",
                DATA, "",
                PIPELINE, "",
                "model = pipeline.fit(df)", "",
                "MODEL_PATH = '" + path + "'", "",
                "model.write().overwrite().save(MODEL_PATH)", "",
                "loaded = PipelineModel.load(MODEL_PATH)", "",
                "loaded.transform(df).select('site', 'x', F.round('prediction', 6).alias('p')).orderBy('site', 'x').collect()",
                PREDICTIONS))
                .isEqualTo("PASS persist");
    }

    @Test
    void crossValidationOverAParamGridPicksTheExactFit() {
        // y = 2x + 3 on distinct x: regParam 0 fits any fold exactly, 100 shrinks the slope, so the best model,
        // refitted on all rows, is the exact line.
        assertThat(run("tuning",
                IMPORTS + "\nfrom pyspark.ml.tuning import CrossValidator, ParamGridBuilder", "",
                "line = spark.createDataFrame([(1.0, 5.0), (2.0, 7.0), (3.0, 9.0), (4.0, 11.0), (5.0, 13.0), (6.0, 15.0)], ['x', 'y'])", "",
                "lr = LinearRegression(labelCol='y')\n"
                        + "pipeline = Pipeline(stages=[VectorAssembler(inputCols=['x'], outputCol='features'), lr])", "",
                "grid = ParamGridBuilder().addGrid(lr.regParam, [100.0, 0.0]).build()", "",
                "evaluator = RegressionEvaluator(labelCol='y', metricName='rmse')", "",
                "cv = CrossValidator(estimator=pipeline, estimatorParamMaps=grid, evaluator=evaluator, numFolds=2, seed=3)", "",
                "cv_model = cv.fit(line)", "",
                "cv_model.bestModel.transform(line).select(F.round('prediction', 6).alias('p')).orderBy('p').collect()",
                "[Row(p=5.0), Row(p=7.0), Row(p=9.0), Row(p=11.0), Row(p=13.0), Row(p=15.0)]\n"))
                .isEqualTo("PASS tuning");
    }

    @Test
    void bucketizerWithInfiniteSplitsSqlTransformerSetParamsAndCopy() {
        assertThat(run("transformers",
                IMPORTS, "",
                DATA, "",
                "buckets = Bucketizer(splits=[-float('inf'), 2.5, float('inf')], inputCol='x', outputCol='bucket')", "",
                "doubled = SQLTransformer(statement='SELECT site, x * 2 AS x2, x FROM __THIS__')", "",
                "buckets.transform(doubled.transform(df)).where(F.col('site') == 'a').select('x2', 'bucket').collect()",
                "[Row(x2=2.0, bucket=0.0), Row(x2=4.0, bucket=0.0), Row(x2=6.0, bucket=1.0), Row(x2=8.0, bucket=1.0)]\n",
                "other = buckets.copy().setParams(outputCol='b2', splits=[0.0, 3.0, 10.0])", "",
                "other.transform(df).where(F.col('site') == 'b').select('b2').collect()",
                "[Row(b2=0.0), Row(b2=0.0), Row(b2=1.0)]\n",
                "buckets.getOutputCol()", "'bucket'\n"))
                .isEqualTo("PASS transformers");
    }
}
