package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.PythonLines.Escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one IPython escape (its logical text, continuations joined) into a typed {@link LineMagic}, by a table
 * from the magic's name to a builder.
 */
final class LineMagicParser {

    /** Line magics IPython or sparkmagic define that have no typed record. */
    static final Set<String> KNOWN = Set.of(
            "alias", "aimport", "autoawait", "autocall", "autoindent", "automagic", "autoreload", "bookmark",
            "cat", "cd", "clear", "colors", "config", "cp", "debug", "dhist", "dirs", "doctest_mode", "ed", "edit",
            "gui", "hist", "history", "killbgscripts", "ldir", "less", "lf", "lk", "ll", "load", "logoff",
            "logon", "logstart", "logstate", "logstop", "ls", "lsmagic", "lx", "macro", "magic", "man", "mkdir",
            "more", "mv", "notebook", "page", "pastebin", "pdb", "pdef", "pdoc", "pfile", "pinfo", "pinfo2",
            "popd", "pprint", "precision", "psearch", "psource", "pushd", "pwd", "pycat", "pylab", "qtconsole",
            "quickref", "recall", "rehashx", "rep", "rerun", "reset", "reset_selective", "rm", "rmdir", "save",
            "sc", "store", "tb", "unalias", "unload_ext", "who", "who_ls", "whos", "xdel", "xmode",
            "table", "json");

    private static final Pattern NAME = Pattern.compile("%([A-Za-z_][\\w.\\-]*)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][\\w.]*)\\s*=\\s*(.*)", Pattern.DOTALL);

    private static final Map<String, BiFunction<LineSpan, String, LineMagic>> TYPED = Map.ofEntries(
            Map.entry("matplotlib", (span, args) -> new MatplotlibMagic(span, args.strip())),
            Map.entry("pip", (span, args) -> install(span, "pip", args)),
            Map.entry("conda", (span, args) -> install(span, "conda", args)),
            Map.entry("run", LineMagicParser::run),
            Map.entry("time", (span, args) -> new TimeMagic(span, "time", args.strip())),
            Map.entry("timeit", (span, args) -> new TimeMagic(span, "timeit", timedStatement(args))),
            Map.entry("load_ext", (span, args) -> new LoadExtensionMagic(span, args.strip())),
            Map.entry("reload_ext", (span, args) -> new LoadExtensionMagic(span, args.strip())),
            Map.entry("env", LineMagicParser::env),
            Map.entry("set_env", LineMagicParser::env),
            Map.entry("matplot", (span, args) -> new MatplotMagic(span, args.strip())),
            Map.entry("sx", (span, args) -> new ShellCommand(span, args.strip(), Optional.empty())),
            Map.entry("system", (span, args) -> new ShellCommand(span, args.strip(), Optional.empty())));

    /** Shell commands that install packages, typed as {@link PackageInstallMagic}. */
    private static final Pattern SHELL_INSTALL =
            Pattern.compile("(?:python3?\\s+-m\\s+)?(pip3?|conda)\\s+(.*)", Pattern.DOTALL);

    private LineMagicParser() {
    }

    /**
     * @param escape the kind of escape
     * @param text   the escape's logical text without indentation, continuations joined
     * @param span   where it is
     */
    static LineMagic parse(Escape escape, String text, LineSpan span) {
        return switch (escape) {
            case SHELL -> shell(span, text.replaceFirst("^!!?", "").strip(), Optional.empty());
            case SHELL_ASSIGNMENT -> {
                Matcher assignment = ASSIGNMENT.matcher(text);
                assignment.matches();
                yield shell(span, assignment.group(2).replaceFirst("^!!?", "").strip(),
                        Optional.of(assignment.group(1)));
            }
            case LINE_MAGIC -> magic(span, text, Optional.empty());
            case MAGIC_ASSIGNMENT -> {
                Matcher assignment = ASSIGNMENT.matcher(text);
                assignment.matches();
                yield magic(span, assignment.group(2), Optional.of(assignment.group(1)));
            }
            case CELL_MAGIC -> {
                Matcher name = NAME.matcher(text.substring(1));
                yield name.matches()
                        ? new GenericLineMagic(span, "%" + name.group(1), name.group(2).strip(), Optional.empty(), false)
                        : new GenericLineMagic(span, "%", text, Optional.empty(), false);
            }
            case HELP -> new HelpRequest(span, text.strip().replaceAll("^\\?+|\\?+$", ""));
            case NONE -> throw new IllegalArgumentException("not an escape: " + text);
        };
    }

    private static LineMagic magic(LineSpan span, String text, Optional<String> assignedTo) {
        Matcher matcher = NAME.matcher(text);
        if (!matcher.matches()) {
            return new GenericLineMagic(span, "", text.substring(1).strip(), assignedTo, false);
        }
        String name = matcher.group(1);
        String arguments = matcher.group(2);
        if (name.equals("sx") || name.equals("system")) {
            return new ShellCommand(span, arguments.strip(), assignedTo);
        }
        BiFunction<LineSpan, String, LineMagic> typed = TYPED.get(name);
        if (typed != null && assignedTo.isEmpty()) {
            return typed.apply(span, arguments);
        }
        return new GenericLineMagic(span, name, arguments.strip(), assignedTo,
                typed != null || KNOWN.contains(name));
    }

    private static LineMagic shell(LineSpan span, String command, Optional<String> assignedTo) {
        Matcher install = SHELL_INSTALL.matcher(command);
        if (assignedTo.isEmpty() && install.matches()) {
            String tool = install.group(1).startsWith("pip") ? "pip" : "conda";
            return install(span, tool, install.group(2));
        }
        return new ShellCommand(span, command, assignedTo);
    }

    /** {@code install} arguments that are requirements, skipping options and the values of those that take one. */
    private static PackageInstallMagic install(LineSpan span, String tool, String arguments) {
        List<String> words = ArgSplitter.split(arguments).words();
        List<String> packages = new ArrayList<>();
        if (!words.isEmpty() && words.get(0).equals("install")) {
            Set<String> withValue = Set.of("-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
                    "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "-e", "--editable",
                    "-n", "--name", "-p", "--channel", "--trusted-host");
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                if (withValue.contains(word)) {
                    i++;
                } else if (!word.startsWith("-")) {
                    packages.add(word);
                }
            }
        }
        return new PackageInstallMagic(span, tool, words, packages);
    }

    private static LineMagic run(LineSpan span, String arguments) {
        List<String> words = ArgSplitter.split(arguments).words();
        boolean interactive = false;
        int i = 0;
        while (i < words.size() && words.get(i).startsWith("-")) {
            String option = words.get(i);
            interactive |= option.equals("-i");
            i += option.equals("-t") || option.equals("-N") ? 2 : 1;
        }
        String target = i < words.size() ? words.get(i) : "";
        List<String> rest = i + 1 < words.size() ? words.subList(i + 1, words.size()) : List.of();
        return new RunScriptMagic(span, target, rest, interactive);
    }

    /** {@code %timeit} options ({@code -n 10 -r 3 -o -q}) come before the statement. */
    private static String timedStatement(String arguments) {
        String rest = arguments.strip();
        Pattern option = Pattern.compile("^-([nrp])\\s*\\d+\\s*|^-[oqtc]\\s+");
        Matcher matcher = option.matcher(rest);
        while (matcher.find()) {
            rest = rest.substring(matcher.end());
            matcher = option.matcher(rest);
        }
        return rest.strip();
    }

    private static LineMagic env(LineSpan span, String arguments) {
        String text = arguments.strip();
        if (text.isEmpty()) {
            return new EnvMagic(span, "", Optional.empty());
        }
        int equals = text.indexOf('=');
        int space = text.indexOf(' ');
        if (equals > 0 && (space < 0 || equals < space)) {
            return new EnvMagic(span, text.substring(0, equals).strip(), Optional.of(text.substring(equals + 1).strip()));
        }
        if (space > 0) {
            return new EnvMagic(span, text.substring(0, space), Optional.of(text.substring(space + 1).strip()));
        }
        return new EnvMagic(span, text, Optional.empty());
    }
}
