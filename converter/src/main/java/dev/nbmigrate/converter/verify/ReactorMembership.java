package dev.nbmigrate.converter.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a module folder inside the project is built by the project's reactor: every pom from the project root down
 * lists the next folder as a {@code <module>} (in any profile). A module converted into another folder of the
 * project ({@code --out target/jobs}) is not: it builds alone, with its own wrapper.
 */
public final class ReactorMembership {

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private ReactorMembership() {
    }

    /** True when {@code module} (a folder below {@code projectRoot}) is a module of the project's reactor. */
    public static boolean inReactor(Path projectRoot, Path module) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path folder = module.toAbsolutePath().normalize();
        if (!folder.startsWith(root) || folder.equals(root)) {
            return false;
        }
        return listed(root, root.relativize(folder).toString().replace('\\', '/'));
    }

    private static boolean listed(Path dir, String rest) {
        for (String entry : modules(dir.resolve("pom.xml"))) {
            String name = entry.replaceAll("/+$", "");
            if (rest.equals(name)) {
                return true;
            }
            if (rest.startsWith(name + "/") && listed(dir.resolve(name), rest.substring(name.length() + 1))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> modules(Path pom) {
        List<String> names = new ArrayList<>();
        if (!Files.isRegularFile(pom)) {
            return names;
        }
        try {
            Matcher m = MODULE.matcher(Files.readString(pom));
            while (m.find()) {
                names.add(m.group(1));
            }
        } catch (IOException e) {
            return names;
        }
        return names;
    }
}
