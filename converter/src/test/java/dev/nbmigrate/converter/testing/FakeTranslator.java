package dev.nbmigrate.converter.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.translate.NotebookTranslator;

/** A translator for tests: hand-built models by notebook path (as given, forward slashes); others are unreadable. */
public final class FakeTranslator implements NotebookTranslator {

    private final Map<String, Function<Target, JobModel>> models = new HashMap<>();

    public FakeTranslator with(String notebook, Function<Target, JobModel> model) {
        models.put(notebook, model);
        return this;
    }

    @Override
    public JobModel translate(Path notebook, Target target) throws IOException {
        String key = notebook.toString().replace('\\', '/');
        Function<Target, JobModel> model = models.get(key);
        if (model == null) {
            throw new IOException(key + " is not a notebook (no JSON object at line 1)");
        }
        return model.apply(target);
    }
}
