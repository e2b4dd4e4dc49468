package dev.nbmigrate.converter.cells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses a magic's options the way sparkmagic does (Python's {@code argparse} via IPython's
 * {@code magic_arguments}): {@code -o df}, {@code -odf}, {@code --output df}, {@code --output=df}, unambiguous
 * prefixes of long options, optional values ({@code -q}, {@code -f}), negative numbers as values, the last
 * occurrence winning. Errors are collected with argparse's wording, never thrown.
 */
final class OptionParser {

    /** How many values an option takes. */
    enum Arity {
        /** Exactly one value. */
        ONE,
        /** An optional value ({@code nargs='?'}): present alone it means {@code True}. */
        OPTIONAL
    }

    /** The value type, checked as argparse's {@code type=} would. */
    enum Type {
        STRING, INT, FLOAT, BOOL
    }

    /** One option: {@code -o}/{@code --output}. */
    record Spec(String shortName, String longName, Arity arity, Type type) {
        String label() {
            return shortName + "/" + longName;
        }
    }

    /** The values given (by long name, without dashes) and the errors found. */
    record Parsed(Map<String, String> values, List<String> errors) {
        boolean has(String name) {
            return values.containsKey(name);
        }

        String get(String name) {
            return values.get(name);
        }
    }

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");
    private static final Pattern INT = Pattern.compile("[-+]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private OptionParser() {
    }

    static Parsed parse(String arguments, List<Spec> specs) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        ArgSplitter.Result split = ArgSplitter.split(arguments);
        if (!split.ok()) {
            errors.add(split.error());
            return new Parsed(values, errors);
        }
        List<String> words = split.words();
        List<String> unrecognized = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("-") || word.equals("-") || NEGATIVE_NUMBER.matcher(word).matches()) {
                unrecognized.add(word);
                continue;
            }
            String attached = null;
            Spec spec;
            if (word.startsWith("--")) {
                int equals = word.indexOf('=');
                String name = equals < 0 ? word : word.substring(0, equals);
                attached = equals < 0 ? null : word.substring(equals + 1);
                List<Spec> matches = specs.stream().filter(s -> s.longName().startsWith(name)).toList();
                List<Spec> exact = matches.stream().filter(s -> s.longName().equals(name)).toList();
                if (exact.size() == 1) {
                    spec = exact.get(0);
                } else if (matches.size() == 1) {
                    spec = matches.get(0);
                } else {
                    if (matches.size() > 1) {
                        errors.add("ambiguous option: " + name + " could match "
                                + String.join(", ", matches.stream().map(Spec::longName).toList()));
                    } else {
                        unrecognized.add(word);
                    }
                    continue;
                }
            } else {
                String name = word.substring(0, 2);
                spec = specs.stream().filter(s -> s.shortName().equals(name)).findFirst().orElse(null);
                if (spec == null) {
                    unrecognized.add(word);
                    continue;
                }
                if (word.length() > 2) {
                    attached = word.substring(2);
                }
            }
            String value = attached;
            if (value == null) {
                boolean nextIsValue = i + 1 < words.size() && (!words.get(i + 1).startsWith("-")
                        || NEGATIVE_NUMBER.matcher(words.get(i + 1)).matches());
                if (nextIsValue) {
                    value = words.get(++i);
                } else if (spec.arity() == Arity.ONE) {
                    errors.add("argument " + spec.label() + ": expected one argument");
                    continue;
                } else {
                    value = "True";
                }
            }
            String error = typeError(spec, value);
            if (error != null) {
                errors.add(error);
                continue;
            }
            values.put(spec.longName().substring(2), value);
        }
        if (!unrecognized.isEmpty()) {
            errors.add("unrecognized arguments: " + String.join(" ", unrecognized));
        }
        return new Parsed(values, errors);
    }

    private static String typeError(Spec spec, String value) {
        boolean valid = switch (spec.type()) {
            case STRING, BOOL -> true;
            case INT -> INT.matcher(value.strip()).matches() && fitsLong(value.strip());
            case FLOAT -> FLOAT.matcher(value.strip()).matches();
        };
        return valid ? null : "argument " + spec.label() + ": invalid " + typeName(spec.type()) + " value: '"
                + value + "'";
    }

    private static boolean fitsLong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    private static String typeName(Type type) {
        return switch (type) {
            case INT -> "int";
            case FLOAT -> "float";
            case STRING -> "str";
            case BOOL -> "bool";
        };
    }
}
