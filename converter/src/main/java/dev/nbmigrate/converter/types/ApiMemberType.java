package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A PySpark API function or bound method named but not yet called, e.g. {@code col} after
 * {@code from pyspark.sql.functions import col}, or {@code df.select} held in a variable.
 *
 * @param owner the PySpark class or module, e.g. {@code pyspark.sql.functions}
 * @param member the member name, e.g. {@code col}
 */
public record ApiMemberType(String owner, String member) implements PyType {

    public ApiMemberType {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(member, "member");
    }

    @Override
    public String display() {
        return owner + "." + member;
    }
}
