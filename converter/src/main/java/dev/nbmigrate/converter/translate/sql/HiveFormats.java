package dev.nbmigrate.converter.translate.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table from Hive storage formats (a {@code STORED AS} name, a SerDe class, an input format class) to the Spark
 * data source that reads and writes the same files, with the options that keep the Hive format's meaning.
 */
final class HiveFormats {

    /** Families of Hive formats that a Spark data source can stand in for. */
    enum Family {
        PARQUET("parquet"), ORC("orc"), AVRO("avro"), JSON("json"),
        /** Hive's LazySimpleSerDe: delimited text, no quoting, {@code \N} for NULL. */
        DELIMITED_TEXT("csv"),
        /** Hive's OpenCSVSerde: quoted CSV, every column read as a string. */
        OPEN_CSV("csv");

        final String provider;

        Family(String provider) {
            this.provider = provider;
        }
    }

    /** The data source for a table: its provider, options in a stable order, and notes for the report. */
    record DataSource(Family family, Map<String, String> options, List<String> notes) {
        DataSource {
            options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
            notes = List.copyOf(notes);
        }

        String provider() {
            return family.provider;
        }

        boolean isText() {
            return family == Family.DELIMITED_TEXT || family == Family.OPEN_CSV;
        }
    }

    private static final Map<String, Family> STORED_AS = Map.of(
            "PARQUET", Family.PARQUET,
            "ORC", Family.ORC,
            "AVRO", Family.AVRO,
            "JSONFILE", Family.JSON,
            "TEXTFILE", Family.DELIMITED_TEXT);

    private static final Map<String, String> NO_DATA_SOURCE = Map.of(
            "SEQUENCEFILE", "Hadoop sequence files",
            "RCFILE", "Hive RCFile");

    private static final Map<String, Family> SERDES = Map.of(
            "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", Family.PARQUET,
            "org.apache.hadoop.hive.ql.io.orc.OrcSerde", Family.ORC,
            "org.apache.hadoop.hive.serde2.avro.AvroSerDe", Family.AVRO,
            "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe", Family.DELIMITED_TEXT,
            "org.apache.hadoop.hive.serde2.OpenCSVSerde", Family.OPEN_CSV,
            "org.apache.hive.hcatalog.data.JsonSerDe", Family.JSON,
            "org.apache.hadoop.hive.serde2.JsonSerDe", Family.JSON,
            "org.openx.data.jsonserde.JsonSerDe", Family.JSON);

    private static final Map<String, Family> INPUT_FORMATS = Map.of(
            "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat", Family.PARQUET,
            "org.apache.hadoop.hive.ql.io.orc.OrcInputFormat", Family.ORC,
            "org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat", Family.AVRO,
            "org.apache.hadoop.mapred.TextInputFormat", Family.DELIMITED_TEXT);

    /** Hive's defaults for delimited text (LazySimpleSerDe). */
    private static final String HIVE_FIELD_DELIMITER = "\u0001";
    private static final String HIVE_NULL = "\\N";

    private HiveFormats() {
    }

    /** The outcome: a data source, or why none fits. */
    record Resolution(Optional<DataSource> dataSource, String unsupported) {
    }

    /**
     * The data source for a Hive table's storage as Spark's plan records it: {@code STORED AS} name (upper case),
     * SerDe class and its properties ({@code ROW FORMAT DELIMITED} clauses become {@code field.delim} and the
     * like), input format class; all null for Hive's default (delimited text).
     */
    static Resolution resolve(String storedAs, String serde, String inputFormat, Map<String, String> serdeProperties) {
        Family family;
        if (serde != null) {
            family = SERDES.get(serde);
            if (family == null) {
                return unsupported("the SerDe " + serde + " has no Spark data source");
            }
        } else if (storedAs != null) {
            String name = storedAs.toUpperCase(Locale.ROOT);
            if (NO_DATA_SOURCE.containsKey(name)) {
                return unsupported("STORED AS " + name + " (" + NO_DATA_SOURCE.get(name) + ") has no Spark data source");
            }
            family = STORED_AS.get(name);
            if (family == null) {
                return unsupported("STORED AS " + name + " has no Spark data source");
            }
        } else if (inputFormat != null) {
            family = INPUT_FORMATS.get(inputFormat);
            if (family == null) {
                return unsupported("the input format " + inputFormat + " has no Spark data source");
            }
        } else {
            family = Family.DELIMITED_TEXT;
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> notes = new java.util.ArrayList<>();
        switch (family) {
            case DELIMITED_TEXT -> delimitedText(serdeProperties, options, notes);
            case OPEN_CSV -> openCsv(serdeProperties, options, notes);
            case AVRO -> notes.add("the avro data source is built into Databricks; local Spark needs the spark-avro "
                    + "package on the classpath");
            default -> {
            }
        }
        return new Resolution(Optional.of(new DataSource(family, options, notes)), null);
    }

    /**
     * The data source for a managed table created without a format: Hive made it text; only the table's own reads
     * see its files, so it becomes parquet, as Spark 4 makes such tables.
     */
    static Resolution managedDefault() {
        return new Resolution(Optional.of(new DataSource(Family.PARQUET, Map.of(), List.of("no format given: Hive "
                + "made a text table; this managed table stores parquet, as Spark 4 does"))), null);
    }

    private static Resolution unsupported(String why) {
        return new Resolution(Optional.empty(), why);
    }

    /** LazySimpleSerDe: fields split at the delimiter without quoting, {@code \N} (or the given text) is NULL. */
    private static void delimitedText(Map<String, String> props, Map<String, String> options, List<String> notes) {
        options.put("sep", props.getOrDefault("field.delim", HIVE_FIELD_DELIMITER));
        options.put("quote", "");
        String escape = props.get("escape.delim");
        if (escape != null) {
            options.put("escape", escape);
            notes.add("ESCAPED BY becomes the CSV escape character; check values holding the delimiter");
        }
        options.put("nullValue", props.getOrDefault("serialization.null.format", HIVE_NULL));
        if (props.containsKey("colelction.delim") || props.containsKey("mapkey.delim")) {
            notes.add("COLLECTION ITEMS / MAP KEYS delimiters have no CSV equivalent: array and map columns "
                    + "cannot be read from text");
        }
        notes.add("Hive's delimited text is read and written as CSV without quoting, "
                + describe(options.get("nullValue")) + " standing for NULL; unlike Hive, empty fields read as NULL "
                + "and empty strings written as \"\", values holding the separator between NUL characters");
    }

    /** OpenCSVSerde: quoted CSV; Hive read every column as a string whatever the declared type. */
    private static void openCsv(Map<String, String> props, Map<String, String> options, List<String> notes) {
        String sep = props.getOrDefault("separatorChar", ",");
        String quote = props.getOrDefault("quoteChar", "\"");
        String escape = props.getOrDefault("escapeChar", "\\");
        if (!sep.equals(",")) {
            options.put("sep", sep);
        }
        if (!quote.equals("\"")) {
            options.put("quote", quote);
        }
        if (!escape.equals("\\")) {
            options.put("escape", escape);
        }
        notes.add("OpenCSVSerde returned every column as a string; the data source converts to the declared types");
    }

    /** A value for a message: as is if printable, else as its SQL literal. */
    private static String describe(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c != 0x7f) ? "'" + value + "'" : SqlText.literal(value);
    }
}
