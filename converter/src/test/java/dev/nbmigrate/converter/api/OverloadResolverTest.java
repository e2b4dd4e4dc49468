package dev.nbmigrate.converter.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.UnknownType;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/** The resolver on its own: candidates, forms of a call, ranking and its tie-breaks. */
class OverloadResolverTest {

    private final OverloadResolver resolver = new OverloadResolver();

    private Resolution.Resolved resolved(Resolution r) {
        assertThat(r).isInstanceOf(Resolution.Resolved.class);
        return (Resolution.Resolved) r;
    }

    @Test
    void candidatesAreCachedAndFreeOfBridges() {
        List<java.lang.reflect.Executable> select = resolver.methods(Dataset.class, "select", false);
        assertThat(select).isSameAs(resolver.methods(Dataset.class, "select", false));
        assertThat(select).noneMatch(e -> ((java.lang.reflect.Method) e).isBridge());
        assertThat(resolver.methods(functions.class, "select", true)).isEmpty();
    }

    @Test
    void prefersColumnOverloadsWhenTheArgumentTypeIsUnknown() {
        Resolution.Resolved r = resolved(resolver.resolveMethod(functions.class, "max", true, UnknownType.UNKNOWN,
                List.of(Arg.of(UnknownType.UNKNOWN)), OverloadResolver.Options.DEFAULT));
        assertThat(r.signature()).isEqualTo("functions.max(Column)");
        assertThat(r.guessed()).isTrue();
    }

    @Test
    void aStrIsALiteralWhereTheParameterIsTaggedSo() {
        OverloadResolver.Options literal = new OverloadResolver.Options(false, false, Set.of(1));
        Resolution.Resolved r = resolved(resolver.resolveMethod(functions.class, "regexp_replace", true,
                UnknownType.UNKNOWN, List.of(Arg.of(SparkObject.COLUMN), Arg.strLiteral("a"),
                        Arg.of(SparkObject.COLUMN)), literal));
        assertThat(r.conversions()).extracting(ArgConversion::toString)
                .containsExactly("NONE->Column", "LIT->Column", "NONE->Column");
    }

    @Test
    void aStarredArgumentOnlySpreadsOverTheVarargsPosition() {
        Resolution r = resolver.resolveMethod(Dataset.class, "withColumn", false, SparkObject.DATAFRAME,
                List.of(Arg.starred(new ListType(ScalarType.STR))), OverloadResolver.Options.DEFAULT);
        assertThat(r).isInstanceOf(Resolution.NoOverload.class);
        Resolution.Resolved toDf = resolved(resolver.resolveMethod(Dataset.class, "toDF", false,
                SparkObject.DATAFRAME, List.of(Arg.starred(new ListType(ScalarType.STR))),
                OverloadResolver.Options.DEFAULT));
        assertThat(toDf.signature()).isEqualTo("Dataset.toDF(String...)");
        assertThat(toDf.conversions()).extracting(ArgConversion::toString)
                .containsExactly("VARARGS->String{each NONE->String}");
    }

    @Test
    void intLiteralsFollowPy4jAndVariablesAreLong() {
        Resolution.Resolved literal = resolved(resolver.resolveMethod(Dataset.class, "limit", false,
                SparkObject.DATAFRAME, List.of(Arg.intLiteral(5)), OverloadResolver.Options.DEFAULT));
        assertThat(literal.conversions().get(0).conversion()).isEqualTo(Conversion.NONE);
        Resolution tooBig = resolver.resolveMethod(Dataset.class, "limit", false, SparkObject.DATAFRAME,
                List.of(Arg.intLiteral(5_000_000_000L)), OverloadResolver.Options.DEFAULT);
        assertThat(tooBig).isInstanceOf(Resolution.NoOverload.class);
        Resolution.Resolved variable = resolved(resolver.resolveMethod(Dataset.class, "limit", false,
                SparkObject.DATAFRAME, List.of(Arg.of(ScalarType.INT)), OverloadResolver.Options.DEFAULT));
        assertThat(variable.conversions().get(0).conversion()).isEqualTo(Conversion.NARROW);
    }

    @Test
    void typesResultsFromGenericSignatures() {
        Resolution.Resolved first = resolved(resolver.resolveMethod(Dataset.class, "first", false,
                SparkObject.DATAFRAME, List.of(), OverloadResolver.Options.DEFAULT));
        assertThat(first.returnType()).isEqualTo(SparkObject.ROW);
        Class<?> lr = resolver.load("org.apache.spark.ml.classification.LogisticRegression").orElseThrow();
        Resolution.Resolved fit = resolved(resolver.resolveMethod(lr, "fit", false, UnknownType.UNKNOWN,
                List.of(Arg.of(SparkObject.DATAFRAME)), OverloadResolver.Options.DEFAULT));
        assertThat(fit.returnType().display()).isEqualTo("LogisticRegressionModel");
        Resolution.Resolved over = resolved(resolver.resolveMethod(Column.class, "over", false, SparkObject.COLUMN,
                List.of(Arg.of(SparkObject.WINDOW_SPEC)), OverloadResolver.Options.DEFAULT));
        assertThat(over.returnType()).isEqualTo(SparkObject.COLUMN);
    }

    @Test
    void noOverloadListsTheCandidatesSorted() {
        Resolution.NoOverload none = (Resolution.NoOverload) resolver.resolveMethod(Dataset.class, "show", false,
                SparkObject.DATAFRAME, List.of(Arg.strLiteral("x")), OverloadResolver.Options.DEFAULT);
        assertThat(none.reason()).isEqualTo("no overload of Dataset.show accepts ('x')");
        assertThat(none.candidates()).contains("Dataset.show()", "Dataset.show(int, boolean)").isSorted();
        assertThat(none.message()).contains("candidates: Dataset.show()");
        Resolution.NoOverload missing = (Resolution.NoOverload) resolver.resolveMethod(Dataset.class, "nope", false,
                SparkObject.DATAFRAME, List.of(), OverloadResolver.Options.DEFAULT);
        assertThat(missing.reason()).isEqualTo("no public method Dataset.nope");
    }
}
