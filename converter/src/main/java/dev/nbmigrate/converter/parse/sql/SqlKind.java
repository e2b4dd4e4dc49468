package dev.nbmigrate.converter.parse.sql;

/** What a SQL statement does, as classified from Spark's parsed plan. */
public enum SqlKind {
    QUERY(Category.QUERY),
    INSERT_INTO(Category.DML),
    INSERT_OVERWRITE(Category.DML),
    INSERT_OVERWRITE_DIRECTORY(Category.DML),
    LOAD_DATA(Category.DML),
    DELETE(Category.DML),
    UPDATE(Category.DML),
    MERGE(Category.DML),
    CREATE_TABLE(Category.DDL),
    CREATE_TABLE_AS_SELECT(Category.DDL),
    REPLACE_TABLE(Category.DDL),
    CREATE_VIEW(Category.DDL),
    CREATE_TEMP_VIEW(Category.DDL),
    CREATE_DATABASE(Category.DDL),
    CREATE_FUNCTION(Category.DDL),
    ALTER_TABLE(Category.DDL),
    DROP_TABLE(Category.DDL),
    DROP_VIEW(Category.DDL),
    DROP_DATABASE(Category.DDL),
    DROP_FUNCTION(Category.DDL),
    TRUNCATE_TABLE(Category.DDL),
    /** {@code MSCK REPAIR TABLE} (or {@code REPAIR TABLE}): partition discovery. */
    REPAIR_TABLE(Category.METADATA),
    ANALYZE_TABLE(Category.METADATA),
    REFRESH(Category.METADATA),
    SHOW(Category.METADATA),
    DESCRIBE(Category.METADATA),
    EXPLAIN(Category.METADATA),
    CACHE_TABLE(Category.CACHE),
    UNCACHE_TABLE(Category.CACHE),
    CLEAR_CACHE(Category.CACHE),
    SET(Category.SESSION),
    RESET(Category.SESSION),
    USE(Category.SESSION),
    ADD_JAR(Category.SESSION),
    ADD_FILE(Category.SESSION),
    ADD_ARCHIVE(Category.SESSION),
    /** A command nbmigrate does not classify further. */
    OTHER_COMMAND(Category.OTHER),
    /** The statement did not parse. */
    INVALID(Category.OTHER);

    /** Broad groups: what a job needs to do with the statement. */
    public enum Category {
        /** Returns rows. */
        QUERY,
        /** Changes table data. */
        DML,
        /** Changes the catalog. */
        DDL,
        /** Reads or maintains metadata. */
        METADATA,
        /** Caches or uncaches. */
        CACHE,
        /** Changes the session: configuration, current database, resources. */
        SESSION,
        OTHER
    }

    private final Category category;

    SqlKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
