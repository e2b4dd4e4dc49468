package dev.nbmigrate.converter.translate;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The imports a translated unit needs, collected while its code is built: code asks for a class by its fully
 * qualified name and gets the simple name to write. Static imports are kept as {@code static a.b.C.member}.
 */
public final class JavaImports {

    private final SortedSet<String> imports = new TreeSet<>();

    /** Records the import and returns the simple name, e.g. {@code java.sql.Date} -> {@code Date}. */
    public String use(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        if (dot > 0 && !qualifiedName.substring(0, dot).equals("java.lang")) {
            imports.add(qualifiedName);
        }
        return qualifiedName.substring(dot + 1);
    }

    /** Records a static import such as {@code org.apache.spark.sql.functions.*}. */
    public void useStatic(String member) {
        imports.add("static " + member);
    }

    public SortedSet<String> all() {
        return Collections.unmodifiableSortedSet(imports);
    }
}
