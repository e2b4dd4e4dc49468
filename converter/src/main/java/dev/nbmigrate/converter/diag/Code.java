package dev.nbmigrate.converter.diag;

/**
 * The table of every diagnostic code nbmigrate emits: its stable id, default severity, a title and the
 * suggestion shown to the user. {@code docs/diagnostics.md} is generated from, and tested against, this table.
 *
 * <p>Ranges: {@code NBM0xx} input, {@code NBM1xx} parse, {@code NBM2xx} translation, {@code NBM3xx} semantic
 * hazards, {@code NBM4xx} security, {@code NBM5xx} build and verification. An id is never reused for
 * another meaning.
 */
public enum Code {
    // NBM0xx: input
    NBM001(Severity.ERROR, "Unreadable notebook",
            "Check that the file is a notebook saved by Jupyter, Databricks or Zeppelin and is not truncated."),
    NBM002(Severity.WARNING, "Unknown kernel",
            "Check the kernel and language nbmigrate assumed, or set kernelspec.name in the notebook's metadata."),
    NBM003(Severity.INFO, "Notebook format newer than known",
            "The file was saved by a newer tool; fields this reader does not know are kept but not used."),
    NBM004(Severity.WARNING, "Cells ran out of order",
            "The saved results may depend on an order other than top to bottom; check that running the cells "
                    + "in order gives the intended result."),
    NBM005(Severity.WARNING, "Empty notebook",
            "There is no code to convert; check that this is the intended file."),
    NBM006(Severity.INFO, "Python 2 notebook",
            "Python 2 code is modernised before translation; review the Python 2 hazards reported for it "
                    + "(integer division, lazy map/filter, dictionary iteration)."),
    NBM007(Severity.WARNING, "Python version not stated",
            "Python 3 is assumed; if the notebook ran on Python 2, integer division (/) gave different results. "
                    + "Set language_info in the notebook's metadata to state the version."),
    NBM008(Severity.WARNING, "Malformed cell",
            "The cell does not follow the notebook format; check it in the file."),
    NBM009(Severity.WARNING, "Conflicting kernel information",
            "The notebook's metadata and its code disagree; check which kernel the notebook really ran on."),
    NBM010(Severity.WARNING, "Bad magic options",
            "Fix the magic's options: sparkmagic would have rejected them, so the cell did not run as written."),
    NBM011(Severity.WARNING, "Unknown cell magic",
            "nbmigrate does not know this magic; translate the cell by hand or remove the magic."),
    NBM012(Severity.INFO, "Unknown line magic",
            "The line is left out of the code; check whether it changed what the notebook did."),
    NBM013(Severity.WARNING, "Unknown Zeppelin interpreter",
            "Translate the paragraph by hand, or give it one of the Spark, SQL, Markdown or shell interpreters."),
    NBM014(Severity.WARNING, "Magic not available in this kernel",
            "The magic does not exist in the notebook's kernel, so the cell failed when it ran; check its intent."),
    NBM015(Severity.WARNING, "Cell ran in the notebook server, not on the cluster",
            "Check whether this code belongs in the job: it ran in the local Jupyter process, without the "
                    + "cluster's Spark session."),
    NBM016(Severity.WARNING, "Cell magic not on the first line",
            "A cell magic only works on a cell's first line: as written the cell failed. Move or remove it."),
    NBM017(Severity.INFO, "Default interpreter assumed",
            "Start the paragraph with an interpreter prefix (e.g. %livy2.pyspark) to state its language."),
    NBM018(Severity.WARNING, "Malformed Databricks export",
            "Check the command in the file: it does not follow the Databricks source export layout."),
    NBM019(Severity.WARNING, "Magic or shell command sent to the cluster",
            "Livy does not run IPython magics or shell commands: the line failed on the cluster. "
                    + "Move it to a %%local cell or remove it."),
    NBM020(Severity.ERROR, "Two notebooks make the same module",
            "Module names come from notebook file names (long ones shortened with a hash): rename one of the "
                    + "notebooks, or convert it into another --out folder."),
    NBM021(Severity.ERROR, "Scala or R code is not converted",
            "nbmigrate translates PySpark and SQL only: port the Scala or R cells to the Java job by hand (they are "
                    + "left out of it)."),
    NBM022(Severity.ERROR, "A file is where the module folder goes",
            "The output folder holds a plain file with the module's name; it is never replaced. Move or delete "
                    + "the file, or convert into another --out folder."),

    // NBM1xx: parse
    NBM101(Severity.ERROR, "Python syntax error",
            "Fix the cell so that Python 3 parses it (the message is CPython's), or mark the notebook as Python 2."),
    NBM102(Severity.ERROR, "Python source too deeply nested",
            "Split the expression or statement into smaller parts (nbmigrate accepts 1,000 levels of nesting)."),
    NBM103(Severity.INFO, "Python 2 syntax rewritten to Python 3",
            "Nothing to do; review the rewritten lines if the cell behaves differently."),
    NBM104(Severity.ERROR, "SQL syntax error",
            "Fix the statement so that Spark's SQL parser accepts it (the message is Spark's)."),
    NBM105(Severity.WARNING, "Unknown SQL variable",
            "Define the variable (SET hivevar:name=value, or a job parameter) or replace the ${...} reference."),

    // NBM2xx: translation
    NBM201(Severity.ERROR, "PySpark API without a Java equivalent",
            "Rewrite this step with DataFrame or SQL operations that Spark's Java API has, or port it by hand."),
    NBM202(Severity.ERROR, "pandas interop is not translated",
            "Express the pandas step with DataFrame operations (groupBy/agg, window functions, SQL); write "
                    + "results with a DataFrameWriter instead of collecting them into pandas."),
    NBM203(Severity.ERROR, "RDD API is not translated",
            "Replace the RDD operations with DataFrame operations (select, filter, groupBy, explode, joins)."),
    NBM204(Severity.WARNING, "Driver-side data distributed with parallelize",
            "The job creates the DataFrame from a local list instead; keep such data small or read it from "
                    + "storage."),
    NBM205(Severity.WARNING, "Rows collected to the driver",
            "Collecting a large DataFrame can exhaust driver memory on the cluster: limit it first, or write "
                    + "the result with a DataFrameWriter."),
    NBM206(Severity.WARNING, "Python UDF translated",
            "The UDF became a native Column expression or a typed Java UDF: review the generated code and its "
                    + "null handling, and prefer built-in functions."),
    NBM207(Severity.ERROR, "Python function run on executors",
            "foreach/foreachPartition/mapPartitions with Python code cannot run in a Java job: express the work "
                    + "as DataFrame operations or write the Java function by hand."),
    NBM208(Severity.ERROR, "Structured Streaming is not translated",
            "Port the streaming query by hand, or run the notebook's logic as a batch job over the input."),
    NBM209(Severity.WARNING, "Python dependency shipping dropped",
            "addPyFile and similar calls have no meaning in a Java job: put the code the job needs in the "
                    + "module (its shaded jar)."),
    NBM210(Severity.WARNING, "Direct JVM access through py4j",
            "The py4j call chain (_jvm, _jsc, _jdf) is written as the Java call it stands for: review it."),
    NBM211(Severity.ERROR, "No Java overload matches the arguments",
            "Check the argument types the notebook passes; an explicit cast or col()/lit() in the notebook "
                    + "usually settles it."),
    NBM212(Severity.WARNING, "Overload chosen on incomplete type information",
            "The type of an argument could not be inferred: review the chosen Java call, or make the notebook's "
                    + "types clearer (e.g. wrap column names in col())."),
    NBM213(Severity.ERROR, "Argument not accepted by this API",
            "The call passes a keyword or positional argument the PySpark API does not define here: check the "
                    + "call against the PySpark version the notebook ran on."),
    NBM214(Severity.ERROR, "API not available in the target Spark version",
            "Use the other target (--target), or an equivalent API that exists in both Spark 3.5 and 4.0."),
    NBM215(Severity.WARNING, "PySpark-only argument ignored",
            "The argument only tunes PySpark's own Python-side behaviour and has no Java counterpart: check that "
                    + "the job does not depend on it."),
    NBM216(Severity.INFO, "Legacy PySpark API",
            "The notebook uses a deprecated API (SQLContext, HiveContext, registerTempTable, ...): the job uses "
                    + "its SparkSession equivalent."),
    NBM217(Severity.WARNING, "Private PySpark API",
            "The notebook calls an underscore-prefixed PySpark API that is not public and may change between "
                    + "Spark versions: replace it with a public API when possible."),
    NBM218(Severity.WARNING, "Result has a different form in Java",
            "The Java API returns a different kind of object (e.g. a Dataset<String> for toJSON): review how the "
                    + "result is used."),
    NBM219(Severity.ERROR, "Python construct not translated",
            "Port this statement by hand: the converter has no Java for this Python construct yet."),
    NBM220(Severity.ERROR, "Name not defined",
            "The name is used before any cell defines it (or comes from a notebook run with %run that was not "
                    + "given): define it, or convert the notebooks together."),
    NBM221(Severity.INFO, "Exploration dropped",
            "The notebook displayed a value here; the job logs it at DEBUG or drops it. Nothing to do unless the "
                    + "value mattered."),
    NBM222(Severity.ERROR, "Data literal not translated",
            "The data passed to createDataFrame could not be read as constants or does not fit its schema: build "
                    + "the DataFrame from a file or fix the data."),
    NBM223(Severity.WARNING, "Delta Lake table: Databricks only",
            "The job reads or writes Delta Lake, which Databricks has built in; local Spark has no Delta Lake, so a "
                    + "local run stops before this step. Add io.delta:delta-spark to the module to run it locally."),
    NBM224(Severity.INFO, "Notebook-only command left out",
            "The cell worked the notebook itself (Livy session settings or info, copies between the notebook server "
                    + "and the cluster, package installs, shell or file system commands, display set-up): a job has "
                    + "no such thing. Put packages in the module's pom.xml, cluster settings in databricks.yml, and "
                    + "data the job needs in storage it reads."),
    NBM225(Severity.ERROR, "Job has no statements",
            "No cell of the notebook became part of the job, so it would do nothing: check the left-out cells "
                    + "listed in MIGRATION.md and port what the notebook did by hand."),
    NBM226(Severity.WARNING, "Session setting for the cluster",
            "The notebook built its own session with settings (executor memory, cores, packages, storage keys, ...)"
                    + " that a job does not set: the runtime gives it the cluster's session. Settings with constant"
                    + " values are in the job cluster's spark_conf (databricks.yml); check them there, or move them"
                    + " to the cluster policy. Set the others there yourself; spark.sql.* settings with constant"
                    + " values are kept as the job's Spark settings."),
    // NBM230-NBM239: Python the translator has no Java for, by what the user can do about it (NBM219 is the rest)
    NBM230(Severity.ERROR, "Value type not clear enough for Java",
            "Give the value one clear type: annotate the function's parameters and return (def f(x: float) -> str),"
                    + " convert explicitly (int(), float(), str()), or keep one type per variable and list; or port"
                    + " the step by hand."),
    NBM231(Severity.ERROR, "Function form not translated",
            "Write the def with fixed positional parameters, without async, recursion, generators or decorators"
                    + " other than @udf, and call it with the arguments it declares; or port the function by hand."),
    NBM232(Severity.ERROR, "UDF reads a notebook variable",
            "A UDF runs on the executors and sees only constants: pass the value in as a column (lit(value)) or an"
                    + " argument, or make it a constant the notebook assigns once."),
    NBM233(Severity.ERROR, "Python builtin not translated",
            "Use a builtin nbmigrate translates (python-builtins.tsv lists them: len, str, int, float, round, min,"
                    + " max, sum, sorted, ...) in the form it translates, or port the step by hand."),
    NBM234(Severity.ERROR, "Python syntax form not translated",
            "Write the statement in a plainer form Java has: one assignment per name, a flag instead of for/while/try"
                    + " ... else, imported names instead of 'import *', named arguments instead of ** unpacking, a"
                    + " name or a tuple of names as a loop target; or port the step by hand."),
    NBM235(Severity.ERROR, "Library call not translated",
            "The message names the function or method (Python's standard library, a method of a str, list or"
                    + " dict, a PySpark API without a rule yet): use one the converter maps (pyspark-api.tsv,"
                    + " python-builtins.tsv), or port the call by hand."),
    NBM236(Severity.ERROR, "Operation not translated for these types",
            "The operation (an operator, a subscript, a slice, a loop, a truth test, len()) is applied to a type it"
                    + " has no Java for here: convert the value to the type meant (int(), float(), str(), list())"
                    + " first, or port the step by hand."),
    NBM237(Severity.ERROR, "Call arguments not in a translated form",
            "Pass the arguments as the message says (their number, positional rather than keyword, constants where"
                    + " a constant is needed), or port the call by hand."),
    NBM238(Severity.ERROR, "Dynamic Python not translated",
            "The step relies on Python deciding at run time what runs (calling a computed value, a user-defined"
                    + " exception class, a global hidden by a local): name the function or builtin exception"
                    + " directly and keep names distinct, or port the step by hand."),
    NBM239(Severity.ERROR, "Name without a Java value here",
            "The analysis finds the name defined, but the job has no Java value for it at this step: it comes from a"
                    + " step that was not translated (fix that step first: its own finding says why), or from code"
                    + " the converter does not see ('import *' of an unknown module, a %run notebook not given):"
                    + " import the name explicitly or convert the notebooks together."),
    NBM240(Severity.INFO, "ML parameter given None left at its default",
            "The notebook passed None for an ML parameter; the Java stage keeps Spark's default for it. Pass a value "
                    + "if the default is not what was meant."),

    NBM250(Severity.ERROR, "Date format not translated",
            "The strftime/strptime format must be a constant the converter can read, made of directives java.time "
                    + "has (%Y %m %d %H %M %S %f %y %b %B %a %A %p %I %j %z): write the format as a literal or a "
                    + "constant."),
    NBM251(Severity.INFO, "Python exception caught as a Java exception",
            "The except clause catches the Java exception the job raises in the Python exception's place (ValueError "
                    + "is IllegalArgumentException, KeyError NoSuchElementException, ...): check that the code in the "
                    + "try block raises it in the same situations."),
    NBM252(Severity.ERROR, "String format not translated",
            "Use plain {} / {name} fields, %s/%d/%f conversions or format specs of the forms [<>][+][0][width][,]"
                    + "[.precision][dfeGs%]; fields with attributes, indexes, !r or nested specs are ported by hand."),

    // NBM260-NBM269: Hive SQL rewritten to Spark SQL (translate.sql)
    NBM260(Severity.WARNING, "Hive table DDL rewritten to a Spark data source table",
            "Review the rewritten CREATE TABLE: the table now reads and writes its files through Spark's data "
                    + "source (USING ...) instead of a Hive SerDe; check its format options against the files."),
    NBM261(Severity.INFO, "Hive-only setting dropped",
            "Nothing to do: the setting configured Hive's execution engine and has no meaning for Spark data "
                    + "source tables."),
    NBM262(Severity.ERROR, "Hive-only statement not translated",
            "Port this statement by hand: it needs Hive support, which Databricks Unity Catalog and the job's "
                    + "local Spark do not have."),
    NBM263(Severity.WARNING, "Hive table property without a Spark equivalent",
            "The data source table ignores this property; check the data it reads and writes (e.g. drop header or "
                    + "footer lines in the job)."),
    NBM264(Severity.WARNING, "INSERT OVERWRITE of dynamic partitions depends on the overwrite mode",
            "Hive replaced only the partitions the query wrote; Spark does so only with "
                    + "spark.sql.sources.partitionOverwriteMode=dynamic (session) or the table option "
                    + "partitionOverwriteMode 'dynamic'. Set one of them, or all other partitions are deleted."),
    NBM265(Severity.WARNING, "SQL not checked for Hive syntax",
            "Spark's parser refused the statement, so nbmigrate could not rewrite Hive syntax in it; fix the "
                    + "statement (or resolve its variables) and convert again."),

    // NBM270-NBM279: the RDD API translated to Spark's Java RDD API (translate.rdd)
    NBM270(Severity.ERROR, "RDD operation not translated",
            "Rewrite the step with the RDD operations nbmigrate translates (map, filter, reduceByKey, join, ...) "
                    + "or with DataFrame operations, or port it by hand with JavaRDD/JavaPairRDD."),
    NBM271(Severity.ERROR, "RDD element type not inferred",
            "Give the RDD's elements a type nbmigrate can follow: build it from a literal list, sc.range, "
                    + "sc.textFile or df.rdd, and pass lambdas or small defs over numbers, strings, tuples and lists."),
    NBM272(Severity.ERROR, "Python function on RDD elements not translated",
            "Keep the lambda or def to expressions over the element (arithmetic, string methods, tuples, len, "
                    + "list) or port the function by hand as a typed Java lambda."),

    // NBM3xx: semantic hazards
    NBM301(Severity.WARNING, "Python 2 integer division",
            "In Python 2, / on two integers floors (7 / 2 == 3). Use // where floor division is meant."),
    NBM302(Severity.WARNING, "Python 2 list-returning builtin",
            "map/filter/zip/range returned lists in Python 2 and are lazy in Python 3: wrap in list() if the result is reused, indexed or measured."),
    NBM303(Severity.INFO, "Python 2 dict method",
            "Use items()/values()/keys() and `key in d` instead of iteritems()/itervalues()/iterkeys()/has_key()."),
    NBM304(Severity.INFO, "Python 2 builtin renamed or removed",
            "Use the Python 3 name (range, input, str, int, chr, functools.reduce, ...)."),
    NBM305(Severity.WARNING, "Python 2 str/bytes conversion",
            "Python 2 str is bytes: check each encode()/decode() against Python 3, where str is text."),
    NBM306(Severity.WARNING, "Python 2 comparison function",
            "Replace cmp= / cmp() with key= (functools.cmp_to_key) and explicit comparisons."),
    NBM307(Severity.WARNING, "Python 2 print of a tuple",
            "print (a, b) printed the tuple in Python 2; Python 3 prints the items separated by spaces."),
    NBM308(Severity.WARNING, "Local code used a sample of a cluster result",
            "sparkmagic copied at most a capped sample of the result to the notebook server: compute this step on "
                    + "the cluster with DataFrame operations, or check that the sample was enough."),
    NBM309(Severity.WARNING, "Name used before the cell that defines it",
            "Run top to bottom, this cell fails: move the definition up, and check that the saved results come "
                    + "from the intended order."),
    NBM310(Severity.WARNING, "Name not defined",
            "The notebook, its imports, its %run notebooks and the kernel do not define this name, so the cell "
                    + "fails when run top to bottom: define or import it."),
    NBM311(Severity.INFO, "SQL text built at run time",
            "Parts of the SQL come from values known only when the notebook runs; check the tables reported "
                    + "with those parts as {placeholders}."),
    NBM312(Severity.WARNING, "Notebook run with %run not found",
            "Pass the notebook it runs to nbmigrate too (next to this one): its definitions are missing from "
                    + "the analysis."),
    NBM320(Severity.WARNING, "Data written by more than one job",
            "The jobs that read it are ordered after every writer, but the writers run in no set order among "
                    + "themselves; make one job own the table or path, or read distinct versions of it."),
    NBM321(Severity.ERROR, "Jobs depend on each other in a cycle",
            "No order runs every job after the ones whose output it reads; the dependencies inside the cycle are "
                    + "left out of the portfolio's job and pipeline. Split a job, or read the previous run's output "
                    + "under another name."),
    NBM322(Severity.ERROR, "Bad environments file",
            "Fix the named key of the portfolio's environments.properties (delete the file to get the documented "
                    + "defaults back)."),

    // NBM4xx: security
    NBM401(Severity.WARNING, "Storage account key in code",
            "Rotate the key (it is in the notebook and its history) and keep it in a secret scope or Key Vault; "
                    + "the job reads it through a secret reference."),
    NBM402(Severity.WARNING, "SAS token in code",
            "Revoke the token (it is in the notebook and its history) and keep its replacement in a secret scope "
                    + "or Key Vault; the job reads it through a secret reference."),
    NBM403(Severity.WARNING, "Password in a JDBC URL or connection options",
            "Change the password (it is in the notebook and its history) and keep it in a secret scope or Key "
                    + "Vault; the job passes it to the connection from a secret reference."),
    NBM404(Severity.WARNING, "Connection string with a key or password",
            "Rotate the key (it is in the notebook and its history) and keep the connection string in a secret "
                    + "scope or Key Vault; the job reads it through a secret reference."),
    NBM405(Severity.WARNING, "Credential in code",
            "Rotate the credential (it is in the notebook and its history) and keep it in a secret scope or Key "
                    + "Vault; the job reads it through a secret reference."),

    // NBM5xx: build and verification
    NBM501(Severity.ERROR, "Generated Java does not parse",
            "A translation or template bug: the module is not written. Report it with the notebook cell named here;"
            + " a user template (--templates) may be the cause."),
    NBM502(Severity.ERROR, "Generated Java does not compile",
            "The module is not written. Fix the notebook cell named here (or the translation of it) and convert again."),
    NBM503(Severity.ERROR, "Invalid job parameters",
            "A parameter clashes with a runtime option or has a default or rule the runtime rejects; rename it or fix"
            + " its default in the notebook."),
    NBM504(Severity.WARNING, "Input without sample data",
            "The generated test cannot read this input: add the file under the sample data folder (--data) at the"
            + " path the lake-path rule gives, or provide it as a given table in the expectations file."),
    NBM505(Severity.WARNING, "No expectations for the notebook",
            "Write <notebook>.expect.json next to the notebook (docs/expectations.md) so the generated test asserts"
            + " row counts, schema and values computed independently of the job."),
    NBM506(Severity.ERROR, "Expectations do not match the job",
            "Correct the expectations file: every output it names must be one the job writes, every given table"
            + " needs sources, every row its key columns."),
    NBM507(Severity.WARNING, "Table input without a fixture",
            "The job reads a table that no fixture provides: add it under \"given\" in the expectations file so the"
            + " generated test can create it before the run."),
    NBM508(Severity.ERROR, "Required parameter without a test value",
            "Give the parameter a value for the generated test in the expectations file's \"args\"."),
    NBM509(Severity.ERROR, "Sections do not connect",
            "A section takes a value no earlier section returns, or two sections return different types under one"
            + " name: fix the section parameters and return names the translation produced."),
    NBM510(Severity.INFO, "Output checked for existence only",
            "Nothing states what this output should hold: add it to the expectations file with its row count, schema"
            + " and rows."),
    NBM511(Severity.ERROR, "Unreadable expectations file",
            "Fix the JSON so it follows docs/expectations.md; the notebook is not converted until it does."),
    NBM512(Severity.ERROR, "Notebook conversion failed",
            "The converter stopped on this notebook (an internal error); the other notebooks were converted. "
                    + "Report it with the notebook if you can share it."),
    NBM513(Severity.ERROR, "Generated Java of a step does not compile",
            "The step is left in the job as a failing placeholder (NotTranslated.fail, with its Python in a comment)"
            + " so that the rest of the module is written and compiles; a run stops there. Port the step by hand"
            + " (the javac error in the message says what did not fit), or report the translation with this cell."),
    NBM514(Severity.ERROR, "Notebook conversion timed out",
            "Translating the notebook took longer than --timeout-per-notebook allows, so it was abandoned and the "
                    + "batch went on; its previous module, if any, is kept. Raise the limit for very large notebooks, "
                    + "or report the notebook if a small one hangs."),
    NBM530(Severity.WARNING, "Generated Java not formatted",
            "The formatter (palantir-java-format, which the module's build checks with) rejected the file, so it is"
                    + " written as rendered and the module's formatter check fails until it is formatted: run"
                    + " './mvnw spotless:apply' in the module, and report the notebook with this cell."),
    NBM540(Severity.WARNING, "Notebook changed since conversion",
            "The notebook's SHA-256 differs from the one migration.json records, so the review shows today's cells"
                    + " beside yesterday's Java and they may not match: run 'nbmigrate convert' on the notebook, then"
                    + " review again."),
    NBM541(Severity.WARNING, "Unreadable reconcile report",
            "The module's target/reconcile/reconcile.json is not JSON with a 'cells' array of {cell, status, detail};"
                    + " the review is written without result comparisons. Run 'nbmigrate reconcile' on the module"
                    + " again."),
    ;

    private final Severity severity;
    private final String title;
    private final String suggestion;

    Code(Severity severity, String title, String suggestion) {
        this.severity = severity;
        this.title = title;
        this.suggestion = suggestion;
    }

    /** The stable id, e.g. {@code NBM201}: the constant's name. */
    public String id() {
        return name();
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String suggestion() {
        return suggestion;
    }

    /** The code with that id, e.g. {@code NBM201}. */
    public static Code byId(String id) {
        return valueOf(id);
    }
}
