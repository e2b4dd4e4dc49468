package dev.nbmigrate.converter.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Kernel, language, Python version and context as decided for each kernel and format. */
class KernelDetectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pyspark_hdi36_py2.ipynb                   | PYSPARK         | PYTHON | PYTHON_2   | LIVY
            pyspark3_sales.ipynb                      | PYSPARK3        | PYTHON | PYTHON_3   | LIVY
            spark_scala.ipynb                         | SPARK           | SCALA  | NOT_PYTHON | LIVY
            sparkr.ipynb                              | SPARKR          | R      | NOT_PYTHON | LIVY
            python3_findspark.ipynb                   | IPYTHON         | PYTHON | PYTHON_3   | OWN_SPARK
            synapse.ipynb                             | SYNAPSE_PYSPARK | PYTHON | PYTHON_3   | SYNAPSE
            v3_python2.ipynb                          | IPYTHON         | PYTHON | PYTHON_2   | OWN_SPARK
            databricks_exported.ipynb                 | DATABRICKS      | PYTHON | PYTHON_3   | DATABRICKS
            databricks_export.py                      | DATABRICKS      | PYTHON | PYTHON_3   | DATABRICKS
            databricks_sql_export.sql                 | DATABRICKS      | SQL    | NOT_PYTHON | DATABRICKS
            zeppelin_hdi4_note.json                   | ZEPPELIN        | SCALA  | PYTHON_2   | LIVY
            zeppelin_hdi5.zpln                        | ZEPPELIN        | SCALA  | PYTHON_3   | LIVY
            broken/unknown_kernel.ipynb               | UNKNOWN         | SCALA  | NOT_PYTHON | ASSUMED_SPARK
            broken/pyspark_unstated_python.ipynb      | PYSPARK         | PYTHON | PYTHON_3   | LIVY
            broken/python3_with_print_statement.ipynb | PYSPARK3        | PYTHON | PYTHON_2   | LIVY
            """)
    void decidesKernel(String file, KernelKind kind, Language language, PythonVersion python,
                       ExecutionContext context) throws Exception {
        Kernel kernel = NotebookFixtures.read(file).kernel();

        assertThat(kernel.kind()).isEqualTo(kind);
        assertThat(kernel.language()).isEqualTo(language);
        assertThat(kernel.pythonVersion()).isEqualTo(python);
        assertThat(kernel.context()).isEqualTo(context);
        assertThat(kernel.basis()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pyspark_hdi36_py2.ipynb | HiveContext,StreamingContext,cloudpickle,sc,spark,sqlContext
            spark_scala.ipynb       | sc,spark,sqlContext
            python3_findspark.ipynb | display,get_ipython
            databricks_export.py    | dbutils,display,displayHTML,getArgument,sc,spark,sql,sqlContext,table,udf
            synapse.ipynb           | display,mssparkutils,notebookutils,sc,spark,sqlContext
            """)
    void exposesPredefinedGlobalsAsData(String file, String globals) throws Exception {
        assertThat(NotebookFixtures.read(file).kernel().predefinedGlobals())
                .containsExactly(globals.split(","));
    }
}
