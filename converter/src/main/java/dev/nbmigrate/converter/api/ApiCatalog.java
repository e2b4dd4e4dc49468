package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.SqlDataType;
import dev.nbmigrate.converter.types.ApiMemberType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PySpark API as nbmigrate knows it: which PySpark classes and modules map to which Spark Java classes
 * ({@code classes.tsv}), the one table of PySpark-only differences ({@code pyspark-api.tsv}) and, for members
 * the table does not list, Spark's Java API itself by reflection.
 *
 * <p>{@link #classify} answers for one reference (owner + member) whether and how it is supported; the assess
 * command reports that as is, and {@link CallPlanner} turns it into a resolved Java call. Loaded once
 * ({@link #standard()}), immutable and thread-safe; answers are deterministic.
 */
public final class ApiCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ApiCatalog.class);
    private static final String ML_PACKAGE = "org.apache.spark.ml.";
    /** The classes.tsv key of Spark ML's {@code Params}, whose member rows every ML class shares. */
    private static final String PARAMS_KEY = "Params";

    private final SparkVersion version;
    private final OverloadResolver resolver;
    private final List<ApiClass> classes;
    private final Map<String, ApiClass> classByName = new HashMap<>();
    private final Map<String, ApiClass> classByKey = new HashMap<>();
    private final Map<String, ApiTableReader.MemberRow> rows = new TreeMap<>();
    private final Map<String, ApiSupport> answers = new ConcurrentHashMap<>();
    private final Map<String, MemberNames> names = new ConcurrentHashMap<>();

    private ApiCatalog(SparkVersion version, ClassLoader loader) {
        this.version = version;
        this.resolver = new OverloadResolver(loader);
        this.classes = ApiTableReader.readClasses();
        for (ApiClass c : classes) {
            put(classByKey, c.key(), c, "key");
            c.pyspark().ifPresent(n -> put(classByName, n, c, "name"));
            c.aliases().forEach(a -> put(classByName, a, c, "alias"));
        }
        for (ApiTableReader.MemberRow row : ApiTableReader.readMembers()) {
            if (!classByKey.containsKey(row.ownerKey())) {
                throw new IllegalStateException(ApiTableReader.MEMBERS + ":" + row.line() + ": unknown owner '"
                        + row.ownerKey() + "' (not a key of " + ApiTableReader.CLASSES + ")");
            }
            if (rows.put(row.ownerKey() + "#" + row.member(), row) != null) {
                throw new IllegalStateException(ApiTableReader.MEMBERS + ":" + row.line() + ": duplicate row for "
                        + row.ownerKey() + "." + row.member());
            }
        }
        LOG.debug("API catalog for Spark {}: {} classes, {} member rows", version, classes.size(), rows.size());
    }

    private static void put(Map<String, ApiClass> map, String name, ApiClass c, String what) {
        if (map.put(name, c) != null) {
            throw new IllegalStateException(ApiTableReader.CLASSES + ": " + what + " '" + name + "' used twice");
        }
    }

    private static final class Holder {
        static final ApiCatalog STANDARD = load(ApiCatalog.class.getClassLoader());
    }

    /** The catalog for the Spark on the converter's classpath, loaded once. */
    public static ApiCatalog standard() {
        return Holder.STANDARD;
    }

    /** A catalog resolving against the classes of {@code loader} (and their Spark version). */
    public static ApiCatalog load(ClassLoader loader) {
        return new ApiCatalog(SparkVersion.onClasspath(loader), loader);
    }

    /** The Spark version the Java API comes from. */
    public SparkVersion sparkVersion() {
        return version;
    }

    /** The shared overload resolver (its caches serve every plan). */
    public OverloadResolver resolver() {
        return resolver;
    }

    /** Every row of {@code classes.tsv}, in file order. */
    public List<ApiClass> classes() {
        return classes;
    }

    /** The class or module known by {@code name}: a key, a canonical PySpark name or an alias. */
    public Optional<ApiClass> apiClass(String name) {
        ApiClass c = classByName.get(name);
        return Optional.ofNullable(c != null ? c : classByKey.get(name));
    }

    /** The answers for every row of the member table, sorted by owner then member (for reports and tests). */
    public List<ApiSupport> tableRows() {
        List<ApiSupport> result = new ArrayList<>();
        for (ApiTableReader.MemberRow row : rows.values()) {
            result.add(classify(classByKey.get(row.ownerKey()).displayName(), row.member()));
        }
        result.sort(Comparator.comparing(ApiSupport::owner).thenComparing(ApiSupport::member));
        return result;
    }

    /**
     * How the PySpark member {@code member} of {@code owner} is supported.
     *
     * @param owner a PySpark class or module (canonical name, alias or table key, e.g.
     *     {@code pyspark.sql.DataFrame}), an ML class ({@code pyspark.ml.feature.VectorAssembler}) or a Java class
     *     reached through the API ({@code java:org.apache.spark.ml.param.DoubleParam})
     */
    public ApiSupport classify(String owner, String member) {
        return answers.computeIfAbsent(owner + "#" + member, k -> compute(owner, member));
    }

    /** The owner name {@link #classify} takes for a value of {@code type}, if it has members nbmigrate knows. */
    public Optional<String> ownerOf(PyType type) {
        if (type instanceof SparkObject o) {
            return Optional.of(o.pysparkClass());
        } else if (type instanceof SqlDataType) {
            return Optional.of("pyspark.sql.types.DataType");
        } else if (type instanceof MlType m && m.javaClass().startsWith(ML_PACKAGE)) {
            return Optional.of("pyspark.ml." + m.javaClass().substring(ML_PACKAGE.length()));
        } else if (type instanceof ModuleType m) {
            return Optional.of(m.name());
        } else if (type instanceof ClassObjectType c) {
            return Optional.of(c.qualname());
        } else if (type instanceof JavaObjectType j) {
            return Optional.of("java:" + j.javaClass());
        }
        return Optional.empty();
    }

    /**
     * The type of a PySpark name as imported ({@code from pyspark.sql import functions as F} binds
     * {@code pyspark.sql.functions}): a module, a class object, or an API function named without a call.
     */
    public Optional<PyType> typeOfQualifiedName(String qualname) {
        Optional<ApiClass> direct = apiClass(qualname);
        if (direct.isPresent()) {
            ApiClass c = direct.get();
            return Optional.of(c.access() == ApiClass.Access.MODULE || c.access() == ApiClass.Access.PACKAGE
                    ? new ModuleType(c.displayName()) : new ClassObjectType(c.displayName()));
        }
        int dot = qualname.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Optional<ApiClass> parent = apiClass(qualname.substring(0, dot));
        if (parent.isEmpty()) {
            return mlClassMember(qualname.substring(0, dot), qualname.substring(dot + 1));
        }
        String member = qualname.substring(dot + 1);
        ApiSupport support = classify(parent.get().displayName(), member);
        if (support.kind() == MemberKind.CLASS) {
            return Optional.of(new ClassObjectType(parent.get().displayName() + "." + member));
        }
        if (support.source() == ApiSupport.Source.NOT_FOUND) {
            return Optional.empty();
        }
        return Optional.of(new ApiMemberType(parent.get().displayName(), member));
    }

    /** A member named through an ML class, e.g. {@code pyspark.ml.PipelineModel.load}. */
    private Optional<PyType> mlClassMember(String cls, String member) {
        if (owner(cls).filter(Owner::mlClass).isEmpty()) {
            return Optional.empty();
        }
        ApiSupport support = classify(cls, member);
        return support.source() == ApiSupport.Source.NOT_FOUND ? Optional.empty()
                : Optional.of(new ApiMemberType(cls, member));
    }

    // ------------------------------------------------------------------------------------------------ lookup

    /** An owner as resolved: its table class, and for an ML class the class name inside the package. */
    private record Owner(ApiClass apiClass, String displayName, Optional<String> javaClass, boolean mlClass) {
    }

    private Optional<Owner> owner(String owner) {
        Optional<ApiClass> c = apiClass(owner);
        if (c.isPresent()) {
            ApiClass cls = c.get();
            Optional<String> java = cls.access() == ApiClass.Access.PACKAGE ? Optional.empty() : cls.javaName();
            return Optional.of(new Owner(cls, cls.displayName(), java, false));
        }
        if (owner.startsWith("java:")) {
            String java = owner.substring("java:".length());
            ApiClass synthetic = new ApiClass(owner, Optional.empty(), List.of(), Optional.of(java),
                    ApiClass.Access.INSTANCE, SupportStatus.SUPPORTED, Optional.empty(), "");
            return Optional.of(new Owner(synthetic, owner, Optional.of(java), false));
        }
        int dot = owner.lastIndexOf('.');
        if (dot > 0) {
            Optional<ApiClass> pkg = apiClass(owner.substring(0, dot))
                    .filter(p -> p.access() == ApiClass.Access.PACKAGE && p.javaName().isPresent());
            if (pkg.isPresent()) {
                String java = pkg.get().javaName().get() + "." + owner.substring(dot + 1);
                if (resolver.load(java).isPresent()) {
                    return Optional.of(new Owner(pkg.get(), owner, Optional.of(java), true));
                }
            }
        }
        return Optional.empty();
    }

    private ApiSupport compute(String ownerName, String member) {
        Optional<Owner> found = owner(ownerName);
        if (found.isEmpty()) {
            return notFound(ownerName, member, "unknown PySpark class or module " + ownerName);
        }
        Owner owner = found.get();
        ApiClass cls = owner.apiClass();
        ApiTableReader.MemberRow row = owner.mlClass() ? paramsRow(owner, member) : rows.get(cls.key() + "#" + member);
        if (row != null) {
            return fromRow(owner, row);
        }
        if (cls.status() == SupportStatus.UNSUPPORTED) {
            return new ApiSupport(owner.displayName(), member, MemberKind.METHOD, cls.status(), cls.code(),
                    cls.note(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    ApiSupport.Source.CLASS);
        }
        return byReflection(owner, member);
    }

    /**
     * The row of an ML class's member: ML classes are not listed one by one, but the rows of their common base
     * {@code Params} ({@value #PARAMS_KEY} in the table) apply to every ML class that is one.
     */
    private ApiTableReader.MemberRow paramsRow(Owner owner, String member) {
        ApiTableReader.MemberRow row = rows.get(PARAMS_KEY + "#" + member);
        if (row == null || owner.javaClass().isEmpty()) {
            return null;
        }
        Optional<Class<?>> params = resolver.load(ML_PACKAGE + "param.Params");
        Optional<Class<?>> cls = resolver.load(owner.javaClass().get());
        return params.isPresent() && cls.isPresent() && params.get().isAssignableFrom(cls.get()) ? row : null;
    }

    private ApiSupport fromRow(Owner owner, ApiTableReader.MemberRow row) {
        ApiClass cls = owner.apiClass();
        SupportStatus status = row.status();
        Optional<Code> code = row.code();
        String note = row.note();
        Optional<JavaTarget> target = Optional.empty();
        if (status != SupportStatus.UNSUPPORTED && !row.spark().contains(version)) {
            status = SupportStatus.UNSUPPORTED;
            code = Optional.of(Code.NBM214);
            note = "the Java API has it only in Spark " + row.spark() + ", not " + version
                    + (note.isEmpty() ? "" : "; " + note);
        } else if (status != SupportStatus.UNSUPPORTED && !row.java().equals("(rule)")) {
            target = target(owner, row.member(), row.kind(), row.java());
        }
        if (code.isEmpty() && cls.code().isPresent() && cls.status() != SupportStatus.UNSUPPORTED) {
            code = cls.code();
        }
        return new ApiSupport(owner.displayName(), row.member(), row.kind(), status, code, note, target, row.rule(),
                row.params(), row.returns(), ApiSupport.Source.TABLE);
    }

    private ApiSupport byReflection(Owner owner, String member) {
        ApiClass cls = owner.apiClass();
        if (member.startsWith("_")) {
            return notFound(owner.displayName(), member, "private or special Python member " + member
                    + " without a Java equivalent");
        }
        if (cls.access() == ApiClass.Access.PACKAGE && !owner.mlClass()) {
            String java = cls.javaName().map(p -> p + "." + member).orElse("");
            if (!java.isEmpty() && resolver.load(java).filter(c -> Modifier.isPublic(c.getModifiers())).isPresent()) {
                JavaTarget target = new JavaTarget(java, java, List.of(), "<init>", JavaTarget.Form.CONSTRUCTOR,
                        false);
                return new ApiSupport(owner.displayName(), member, MemberKind.CLASS, SupportStatus.SUPPORTED,
                        Optional.empty(), "", Optional.of(target), Optional.of(TranslationRule.ML_SETTERS),
                        Optional.empty(), Optional.empty(), ApiSupport.Source.REFLECTION);
            }
            return notFound(owner.displayName(), member, "no Java class " + java);
        }
        Optional<String> java = owner.javaClass();
        if (java.isEmpty()) {
            return notFound(owner.displayName(), member, cls.displayName() + " has no Java class");
        }
        MemberNames known = names(java.get());
        boolean isStatic = cls.access().isStatic();
        if ((isStatic ? known.staticMethods : known.instanceMethods).contains(member)
                || owner.mlClass() && known.staticMethods.contains(member)) {
            // An ML class's static-only member (PipelineModel.load, the companion's forwarder) is called on the class.
            boolean staticOnly = owner.mlClass() && !known.instanceMethods.contains(member);
            JavaTarget.Form form = isStatic || staticOnly ? JavaTarget.Form.STATIC_METHOD : JavaTarget.Form.METHOD;
            JavaTarget target = new JavaTarget(java.get(), java.get(), List.of(), member, form, false);
            return new ApiSupport(owner.displayName(), member, MemberKind.METHOD, SupportStatus.SUPPORTED,
                    Optional.empty(), "", Optional.of(target), Optional.empty(), Optional.empty(), Optional.empty(),
                    ApiSupport.Source.REFLECTION);
        }
        if (known.staticFields.contains(member)) {
            JavaTarget target = new JavaTarget(java.get(), java.get(), List.of(), member,
                    JavaTarget.Form.STATIC_FIELD, false);
            return new ApiSupport(owner.displayName(), member, MemberKind.CONSTANT, SupportStatus.SUPPORTED,
                    Optional.empty(), "", Optional.of(target), Optional.empty(), Optional.empty(), Optional.empty(),
                    ApiSupport.Source.REFLECTION);
        }
        return notFound(owner.displayName(), member, "no public member " + member + " on "
                + java.get().substring(java.get().lastIndexOf('.') + 1));
    }

    private static ApiSupport notFound(String owner, String member, String note) {
        return new ApiSupport(owner, member, MemberKind.METHOD, SupportStatus.UNSUPPORTED, Optional.of(Code.NBM201),
                note, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                ApiSupport.Source.NOT_FOUND);
    }

    /** Where a table row's {@code java} cell lands; empty when the Java class is not on the classpath. */
    private Optional<JavaTarget> target(Owner owner, String member, MemberKind kind, String java) {
        ApiClass cls = owner.apiClass();
        String name = java.equals("-") ? member : java;
        Optional<String> ownerJava = owner.javaClass();
        List<String> accessors = new ArrayList<>();
        if (name.contains("().")) {
            String[] parts = name.split("\\(\\)\\.");
            accessors.addAll(List.of(parts).subList(0, parts.length - 1));
            name = parts[parts.length - 1];
        } else if (name.contains(".")) {
            String prefix = name.substring(0, name.lastIndexOf('.'));
            String simple = name.substring(name.lastIndexOf('.') + 1);
            Optional<String> staticClass = staticClass(prefix);
            if (staticClass.isEmpty()) {
                throw new IllegalStateException(ApiTableReader.MEMBERS + ": " + owner.displayName() + "." + member
                        + ": java '" + java + "' names no class of " + ApiTableReader.CLASSES);
            }
            MemberNames known = names(staticClass.get());
            JavaTarget.Form form = !known.staticMethods.contains(simple) && known.staticFields.contains(simple)
                    ? JavaTarget.Form.STATIC_FIELD : JavaTarget.Form.STATIC_METHOD;
            boolean receiver = cls.access() == ApiClass.Access.INSTANCE && kind != MemberKind.CLASS;
            return Optional.of(new JavaTarget(staticClass.get(), ownerJava.orElse(staticClass.get()), List.of(),
                    simple, form, receiver));
        }
        if (kind == MemberKind.CLASS) {
            String constructed = cls.javaName().map(p -> p + "." + member).orElse(member);
            return Optional.of(new JavaTarget(constructed, constructed, List.of(), "<init>",
                    JavaTarget.Form.CONSTRUCTOR, false));
        }
        if (ownerJava.isEmpty()) {
            return Optional.empty();
        }
        String hosting = ownerJava.get();
        for (String accessor : accessors) {
            Optional<Class<?>> current = resolver.load(hosting);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            String next = hosting;
            for (Method m : current.get().getMethods()) {
                if (m.getName().equals(accessor) && m.getParameterCount() == 0) {
                    next = m.getReturnType().getName();
                }
            }
            if (next.equals(hosting)) {
                return Optional.empty();
            }
            hosting = next;
        }
        boolean isStatic = cls.access().isStatic();
        MemberNames known = names(hosting);
        JavaTarget.Form form = isStatic
                ? (!known.staticMethods.contains(name) && known.staticFields.contains(name)
                        ? JavaTarget.Form.STATIC_FIELD : JavaTarget.Form.STATIC_METHOD)
                : JavaTarget.Form.METHOD;
        return Optional.of(new JavaTarget(hosting, ownerJava.get(), accessors, name, form, false));
    }

    private Optional<String> staticClass(String prefix) {
        Optional<ApiClass> byKey = Optional.ofNullable(classByKey.get(prefix));
        if (byKey.isPresent()) {
            return byKey.get().javaName();
        }
        return classes.stream().map(ApiClass::javaName).flatMap(Optional::stream)
                .filter(j -> j.substring(j.lastIndexOf('.') + 1).equals(prefix)).findFirst();
    }

    /** The public member names of a Java class, split by kind (cached per class). */
    private record MemberNames(Set<String> instanceMethods, Set<String> staticMethods, Set<String> staticFields) {
    }

    private MemberNames names(String javaClass) {
        return names.computeIfAbsent(javaClass, n -> {
            Set<String> instance = new TreeSet<>();
            Set<String> statics = new TreeSet<>();
            Set<String> fields = new TreeSet<>();
            resolver.load(n).ifPresent(c -> {
                for (Method m : c.getMethods()) {
                    if (m.isBridge() || m.isSynthetic() || m.getDeclaringClass() == Object.class
                            || m.getName().contains("$")) {
                        continue;
                    }
                    (Modifier.isStatic(m.getModifiers()) ? statics : instance).add(m.getName());
                }
                for (Field f : c.getFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && !f.getName().contains("$")) {
                        fields.add(f.getName());
                    }
                }
            });
            return new MemberNames(Set.copyOf(instance), Set.copyOf(statics), Set.copyOf(fields));
        });
    }

    /** True when the Java class has a public method or static field called {@code name} (for table checks). */
    public boolean javaHasMember(String javaClass, String name) {
        MemberNames known = names(javaClass);
        return known.instanceMethods.contains(name) || known.staticMethods.contains(name)
                || known.staticFields.contains(name);
    }
}
