package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.Expectations.GivenTable;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.DataAccess;
import dev.nbmigrate.converter.model.JobModel;

/**
 * What the expectations file and the job's inputs mean for the generated test: the fixtures it needs, the table inputs
 * no fixture gives ({@code NBM507}) and where each access goes in the test run.
 */
final class ExpectationChecks {

    private ExpectationChecks() {
    }

    static List<FixturePlanner.Need> fixtureNeeds(JobModel model, Optional<Expectations> expectations,
            Function<DataAccess, String> effective) {
        List<FixturePlanner.Need> needs = new ArrayList<>();
        for (DataAccess input : model.inputs()) {
            if (!input.format().equalsIgnoreCase(OutputChecks.TABLE)) {
                needs.add(new FixturePlanner.Need(effective.apply(input), input.origin()));
            }
        }
        for (GivenTable table : expectations.map(Expectations::given).orElse(List.of())) {
            for (Expectations.Source source : table.sources().values()) {
                needs.add(new FixturePlanner.Need(source.location(), Location.ofNotebook(model.source().path())));
            }
        }
        return needs;
    }

    static List<Diagnostic> tableInputs(JobModel model, Optional<Expectations> expectations) {
        Set<String> given = new TreeSet<>();
        expectations.ifPresent(e -> e.given().forEach(g -> given.add(g.table().toLowerCase(Locale.ROOT))));
        Set<String> written = new TreeSet<>();
        model.outputs().stream().filter(o -> o.format().equalsIgnoreCase(OutputChecks.TABLE))
                .forEach(o -> written.add(o.location().toLowerCase(Locale.ROOT)));
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (DataAccess input : model.inputs()) {
            String table = input.location().toLowerCase(Locale.ROOT);
            if (input.format().equalsIgnoreCase(OutputChecks.TABLE) && !given.contains(table)
                    && !written.contains(table) && reported.add(table)) {
                diagnostics.add(Diagnostic.of(Code.NBM507, input.origin(), "the job reads table '" + input.location()
                        + "', which no fixture provides"));
            }
        }
        return diagnostics;
    }

    /** Where an access goes in the test run: the test's value of its parameter, else its default, else as written. */
    static String effectiveLocation(DataAccess access, List<ConfigField> config, JobArgs args) {
        if (access.configField() == null) {
            return access.location();
        }
        Optional<String> given = args.valueOf(access.configField());
        if (given.isPresent()) {
            return given.get();
        }
        return config.stream().filter(f -> f.name().equals(access.configField()) && f.defaultValue() != null)
                .map(ConfigField::defaultValue).findFirst().orElse(access.location());
    }

    static Location originOf(JobModel model, String field) {
        return model.config().stream().filter(f -> f.name().equals(field)).map(ConfigField::origin).findFirst()
                .orElse(Location.ofNotebook(model.source().path()));
    }
}
