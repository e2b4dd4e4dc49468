package dev.nbmigrate.runtime.interop;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;

/** PySpark's {@code Row} conveniences a generated job uses on the driver. */
public final class Rows {
    private Rows() {
    }

    /** {@code row.asDict()}: the fields by name, in schema order (nested rows stay rows). */
    public static Map<String, Object> asDict(Row row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String[] names = row.schema().fieldNames();
        for (int i = 0; i < names.length; i++) {
            fields.put(names[i], row.get(i));
        }
        return fields;
    }
}
