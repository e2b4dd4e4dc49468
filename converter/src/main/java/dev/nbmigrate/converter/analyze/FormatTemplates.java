package dev.nbmigrate.converter.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places of a Python format template ({@code str.format} braces, {@code %} conversions) that receive a
 * credential: the slot right after a credential key ({@code password={}}, {@code sig=%s}, {@code AccountKey={0}}),
 * the password of a URL's user info ({@code //etl:{}@host}) or an authorization scheme ({@code Bearer {}}).
 */
final class FormatTemplates {

    /** The slots of a template that receive a credential: argument positions and keyword names. */
    record Slots(List<Integer> positions, Set<String> named) {
    }

    /** Text that, right before a slot, says the slot holds a credential. */
    private static final Pattern CREDENTIAL_BEFORE = Pattern.compile("(?i)(?:(?:password|passwd|pwd|pw|secret"
            + "|token|api_?key|access_?key|account_?key|accountkey|sharedaccesskey|sig|key)[\"']?\\s*[=:]\\s*[\"']?"
            + "|://[^/\\s:@]+:|\\b(?:Bearer|Basic)\\s+)$");

    private static final Pattern PERCENT = Pattern.compile("%(?:\\((?<name>[^)]*)\\))?[#0 +-]*(?:\\*|\\d+)?"
            + "(?:\\.(?:\\*|\\d+))?[hlL]?(?<type>[diouxXeEfFgGcrsa%])");

    private static final Pattern BRACE = Pattern.compile("\\{\\{|}}|\\{(?<field>[^{}!:]*)(?:![rsa])?(?::[^{}]*)?}");

    private FormatTemplates() {
    }

    /** The slots of a {@code %} template ({@code "...password=%s" % value}). */
    static Slots percentSlots(String template) {
        List<Integer> positions = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        Matcher m = PERCENT.matcher(template);
        int index = 0;
        while (m.find()) {
            if ("%".equals(m.group("type"))) {
                continue;
            }
            boolean credential = CREDENTIAL_BEFORE.matcher(template.substring(0, m.start())).find();
            if (m.group("name") != null) {
                if (credential) {
                    named.add(m.group("name"));
                }
            } else {
                if (credential) {
                    positions.add(index);
                }
                index++;
            }
        }
        return new Slots(List.copyOf(positions), named);
    }

    /** The slots of a {@code str.format} template ({@code "...password={}".format(value)}). */
    static Slots braceSlots(String template) {
        List<Integer> positions = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        Matcher m = BRACE.matcher(template);
        int automatic = 0;
        while (m.find()) {
            String field = m.group("field");
            if (field == null) {
                continue;
            }
            boolean credential = CREDENTIAL_BEFORE.matcher(template.substring(0, m.start())).find();
            String head = field.split("[.\\[]", 2)[0];
            if (head.isEmpty()) {
                if (credential) {
                    positions.add(automatic);
                }
                automatic++;
            } else if (head.length() <= 6 && head.chars().allMatch(Character::isDigit)) {
                if (credential) {
                    positions.add(Integer.parseInt(head));
                }
            } else if (credential) {
                named.add(head);
            }
        }
        return new Slots(List.copyOf(positions), named);
    }
}
