package dev.nbmigrate.converter.conformance;

import java.util.List;
import java.util.Map;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.check.JavaSource;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonDialect;
import dev.nbmigrate.converter.parse.python.PythonParseResult;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.translate.Exploration;
import dev.nbmigrate.converter.translate.Scope;
import dev.nbmigrate.converter.translate.StmtTranslator;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.Untranslatable;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * Translates a corpus record as a notebook whose cells are the record's examples, with exploration printed as
 * PySpark prints it, into a {@link ConformanceProgram} class. The first error-level finding makes the record
 * unsupported, with its code.
 */
public final class ConformanceTranslator implements RecordTranslator {

    /** How RDD records name the SparkContext they use ({@code sc}); in Java it is the session's context. */
    private static final String SPARK_CONTEXT_FIXTURE = "fixture:pyspark.SparkContext";
    private static final String FIXTURE = "fixture:";

    private final ApiCatalog catalog;
    private final PythonParser parser = new PythonParser();

    public ConformanceTranslator(ApiCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public RecordTranslation translate(CorpusRecord record, String className) {
        TranslationContext context = new TranslationContext(catalog, Exploration.PRINT, SourceRef.ofCell(record.qualname(), 1));
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        scope.reserve("out");
        for (Map.Entry<String, String> global : record.implicitGlobals().entrySet()) {
            String qualified = global.getValue();
            if (qualified.equals(SPARK_CONTEXT_FIXTURE)) {
                scope.bindExpression(global.getKey(), "spark.sparkContext()", "SparkContext", SparkObject.SPARK_CONTEXT);
                continue;
            }
            if (qualified.startsWith(FIXTURE)) {
                continue;
            }
            scope.bindName(global.getKey(), global.getKey(), catalog.typeOfQualifiedName(qualified)
                    .orElse(new dev.nbmigrate.converter.types.ClassObjectType(qualified)));
        }
        StmtTranslator statements = new StmtTranslator(context, scope);
        BlockStmt body = new BlockStmt();
        for (int i = 0; i < record.examples().size(); i++) {
            SourceRef ref = SourceRef.ofCell(record.qualname(), i + 1);
            context.enterCell(ref);
            PythonParseResult parsed = parser.parse(record.examples().get(i).source(), ref, PythonDialect.PYTHON3);
            if (!parsed.ok()) {
                Diagnostic error = parsed.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                        .findFirst().orElseThrow();
                return new RecordTranslation.Unsupported(error.code().id(), "example " + (i + 1) + ": " + error.message());
            }
            body.addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr("out"), "example",
                    new NodeList<>(new IntegerLiteralExpr(Integer.toString(i + 1))))));
            for (PyStmt statement : parsed.tree().body()) {
                try {
                    statements.translate(statement).forEach(body::addStatement);
                } catch (Untranslatable e) {
                    return new RecordTranslation.Unsupported(e.code().id(), "example " + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        return new RecordTranslation.Program(new JavaSource(className, unit(className, context, body)));
    }

    private static String unit(String className, TranslationContext context, BlockStmt body) {
        int dot = className.lastIndexOf('.');
        CompilationUnit unit = new CompilationUnit(className.substring(0, dot));
        for (String name : List.of("org.apache.spark.sql.SparkSession", "org.apache.spark.sql.Dataset",
                "org.apache.spark.sql.Row", "org.apache.spark.sql.Column", ConformanceProgram.class.getName(),
                ExampleOutput.class.getName())) {
            unit.addImport(name);
        }
        for (String name : context.imports().all()) {
            boolean isStatic = name.startsWith("static ");
            String target = isStatic ? name.substring("static ".length()) : name;
            boolean asterisk = target.endsWith(".*");
            unit.addImport(asterisk ? target.substring(0, target.length() - 2) : target, isStatic, asterisk);
        }
        ClassOrInterfaceDeclaration type = unit.addClass(className.substring(dot + 1), Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
        type.addImplementedType(ConformanceProgram.class.getSimpleName());
        MethodDeclaration run = type.addMethod("run", Modifier.Keyword.PUBLIC);
        run.addAnnotation(Override.class);
        run.addParameter(StaticJavaParser.parseType("SparkSession"), "spark");
        run.addParameter(StaticJavaParser.parseType("ExampleOutput"), "out");
        run.addThrownException(Exception.class);
        run.setBody(body);
        context.members().forEach(member -> type.addMember(member.clone()));
        return unit.toString();
    }
}
