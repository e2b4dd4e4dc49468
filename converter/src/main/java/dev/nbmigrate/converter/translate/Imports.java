package dev.nbmigrate.converter.translate;

import java.util.Optional;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PyType;

/**
 * What a Python import binds: {@code import pyspark.sql.functions as F} binds a module, {@code from pyspark.sql
 * import Row} a class, {@code from pyspark.sql.functions import col} an API member. Names the API catalog does not
 * know (the standard library's {@code datetime}, {@code decimal}, {@code math}) bind as modules and classes by name.
 */
final class Imports {

    private Imports() {
    }

    /** The type a qualified name is bound as. */
    static PyType typeOf(ApiCatalog catalog, String qualified, boolean fromImport) {
        Optional<PyType> known = catalog.typeOfQualifiedName(qualified);
        if (known.isPresent()) {
            return known.get();
        }
        return fromImport && !STD_MODULES.contains(qualified) ? new ClassObjectType(qualified) : new ModuleType(qualified);
    }

    private static final java.util.Set<String> STD_MODULES = java.util.Set.of("datetime", "decimal", "math", "os",
            "os.path", "sys", "json", "re", "time");
}
