package dev.nbmigrate.converter.render;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.nbmigrate.converter.model.JavaCase;
import dev.nbmigrate.converter.render.ModuleViews.BadConfigView;
import dev.nbmigrate.runtime.config.Constraint;
import dev.nbmigrate.runtime.config.OptionSpec;

/**
 * The bad configurations a generated test shows the job refuses, from the job's options as the runtime reads them:
 * the first required option left out, the first range broken, the first typed option given text, the first
 * closed choice given another value, the first path given a scheme it does not allow, and an unknown option. Each
 * case keeps the test run's other arguments, so exactly one thing is wrong.
 */
final class BadConfigCases {

    static final String UNKNOWN_OPTION = "--no-such-option";

    private static final Set<Class<?>> TYPED = Set.of(Integer.class, Long.class, Double.class, BigDecimal.class,
            LocalDate.class, LocalDateTime.class, Instant.class, Duration.class);

    private BadConfigCases() {
    }

    static List<BadConfigView> of(List<OptionSpec> options, JobArgs args) {
        List<BadConfigView> cases = new ArrayList<>();
        List<OptionSpec> plain = options.stream().filter(o -> !o.isSecret()).toList();
        plain.stream().filter(OptionSpec::required).findFirst().ifPresent(o -> cases.add(new BadConfigView(
                JavaCase.prefixed("missing", o.field()), o.name() + " missing is refused",
                args.without(o.field()).tokens(), "'" + o.name() + "'")));
        for (OptionSpec option : plain) {
            Optional<String> outside = outsideRange(option);
            if (outside.isPresent()) {
                cases.add(refused(option, args, outside.get(), "out of range", "outOfRange"));
                break;
            }
        }
        plain.stream().filter(o -> !o.list() && TYPED.contains(o.type().javaType())).findFirst()
                .ifPresent(o -> cases.add(refused(o, args, "not-a-" + o.type().placeholder().replaceAll("[^a-z]", ""),
                        "that is not " + o.type().expectation(), "badValue")));
        for (OptionSpec option : plain) {
            Optional<Constraint.AllowedValues> choices = constraint(option, Constraint.AllowedValues.class);
            if (choices.isPresent() && !option.list()) {
                String value = "not-one-of-these";
                while (choices.get().values().contains(value)) {
                    value = value + "-either";
                }
                cases.add(refused(option, args, value, "outside its choices", "notAllowed"));
                break;
            }
        }
        for (OptionSpec option : plain) {
            Optional<Constraint.AllowedSchemes> schemes = constraint(option, Constraint.AllowedSchemes.class);
            if (schemes.isPresent() && !option.list() && !schemes.get().schemes().contains("file")) {
                cases.add(refused(option, args, "/tmp/local-folder", "with a scheme it does not allow", "badScheme"));
                break;
            }
        }
        List<String> unknown = new ArrayList<>(args.tokens());
        unknown.add(UNKNOWN_OPTION + "=x");
        cases.add(new BadConfigView("unknownOption", "an unknown option is refused", unknown,
                "unknown option '" + UNKNOWN_OPTION + "'"));
        return cases;
    }

    private static BadConfigView refused(OptionSpec option, JobArgs args, String value, String what, String prefix) {
        return new BadConfigView(JavaCase.prefixed(prefix, option.field()),
                option.name() + " " + what + " is refused", args.with(option.field(), option.name(), value).tokens(),
                "'" + option.name() + "'");
    }

    private static Optional<String> outsideRange(OptionSpec option) {
        if (option.list()) {
            return Optional.empty();
        }
        Optional<Constraint.InRange> range = constraint(option, Constraint.InRange.class);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        boolean integral = option.type().javaType() == Integer.class || option.type().javaType() == Long.class;
        double min = range.get().min();
        double max = range.get().max();
        if (Double.isFinite(min)) {
            return Optional.of(integral ? Long.toString((long) Math.ceil(min) - 1) : Double.toString(min - 1));
        }
        if (Double.isFinite(max)) {
            return Optional.of(integral ? Long.toString((long) Math.floor(max) + 1) : Double.toString(max + 1));
        }
        return Optional.empty();
    }

    private static <T extends Constraint> Optional<T> constraint(OptionSpec option, Class<T> type) {
        return option.constraints().stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
