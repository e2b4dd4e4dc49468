package dev.nbmigrate.converter.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;

/**
 * JavaParser over generated units: the syntax check every generated Java file passes before it is written, the
 * imports a unit really uses, and where its methods are.
 */
public final class JavaUnits {

    private JavaUnits() {
    }

    /** A syntax problem at a 1-based line and column (0 when unknown). */
    public record SyntaxProblem(int line, int column, String message) {
    }

    /** A parse: the unit, or the problems that kept it from parsing. */
    public record Parsed(Optional<CompilationUnit> unit, List<SyntaxProblem> problems) {
        public boolean ok() {
            return problems.isEmpty() && unit.isPresent();
        }
    }

    /** A parser of Java 17 (text blocks, records, patterns) that attributes comments to nodes. */
    public static JavaParser parser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setAttributeComments(true));
    }

    /** Parses {@code text} as a Java 17 compilation unit. */
    public static Parsed parse(String text) {
        ParseResult<CompilationUnit> result = parser().parse(text);
        List<SyntaxProblem> problems = new ArrayList<>();
        for (Problem problem : result.getProblems()) {
            int line = 0;
            int column = 0;
            var begin = problem.getLocation().flatMap(range -> range.getBegin().getRange());
            if (begin.isPresent()) {
                line = begin.get().begin.line;
                column = begin.get().begin.column;
            }
            problems.add(new SyntaxProblem(line, column, firstLine(problem.getMessage())));
        }
        return new Parsed(result.getResult().filter(u -> problems.isEmpty()), List.copyOf(problems));
    }

    /**
     * The imports among {@code candidates} ({@code a.b.C}, {@code static a.b.C.m}, {@code a.b.*}) that {@code unit}
     * uses: a type import when its simple name occurs in the code, a static import when its member name does,
     * wildcards always. Conservative: a local name equal to an imported one keeps the import.
     */
    public static SortedSet<String> usedImports(CompilationUnit unit, Collection<String> candidates) {
        Set<String> names = new HashSet<>();
        for (Node node : unit.findAll(Node.class, n -> !inHeader(n))) {
            if (node instanceof SimpleName simple) {
                names.add(simple.getIdentifier());
            } else if (node instanceof Name name) {
                names.add(leftmost(name));
                names.add(name.getIdentifier());
            }
        }
        SortedSet<String> used = new TreeSet<>();
        for (String candidate : candidates) {
            String plain = candidate.startsWith("static ") ? candidate.substring("static ".length()) : candidate;
            String last = plain.substring(plain.lastIndexOf('.') + 1);
            if (last.equals("*") || names.contains(last)) {
                used.add(candidate);
            }
        }
        return used;
    }

    /** The line ranges (first and last line, braces included) of the bodies of the methods named {@code names}. */
    public static List<int[]> methodBodies(CompilationUnit unit, Set<String> names) {
        List<int[]> bodies = new ArrayList<>();
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            if (names.contains(method.getNameAsString()) && method.getBody().isPresent()) {
                method.getBody().get().getRange().ifPresent(r -> bodies.add(new int[] {r.begin.line, r.end.line}));
            }
        }
        return bodies;
    }

    /** The name of the method whose declaration spans {@code line}, if any. */
    public static Optional<String> methodAt(CompilationUnit unit, long line) {
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            var range = method.getRange();
            if (range.isPresent() && range.get().begin.line <= line && line <= range.get().end.line) {
                return Optional.of(method.getNameAsString());
            }
        }
        return Optional.empty();
    }

    private static boolean inHeader(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ImportDeclaration || n instanceof PackageDeclaration) {
                return true;
            }
        }
        return false;
    }

    private static String leftmost(Name name) {
        Name n = name;
        while (n.getQualifier().isPresent()) {
            n = n.getQualifier().get();
        }
        return n.getIdentifier();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
