package dev.nbmigrate.runtime.interop;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/** DataFrame properties whose Java counterpart answers in another form than PySpark's. */
public final class Frames {

    private Frames() {
    }

    /**
     * PySpark's {@code df.dtypes}: each column's name and type as Python names it ({@code simpleString()}:
     * {@code "double"}, {@code "array<string>"}), as two-element lists so that {@code for name, kind in df.dtypes}
     * unpacks them. Java's {@code dtypes()} gives {@code Tuple2}s of {@code DataType.toString()} ({@code "DoubleType"}).
     */
    public static List<List<String>> dtypes(Dataset<Row> frame) {
        List<List<String>> result = new ArrayList<>();
        for (StructField field : frame.schema().fields()) {
            result.add(List.of(field.name(), field.dataType().simpleString()));
        }
        return result;
    }
}
