package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;

import java.util.Map;
import java.util.Optional;

/**
 * Azure Synapse notebook cell magics, as a table from name to handler: language magics ({@code %%pyspark},
 * {@code %%spark}, {@code %%sparkr}), {@code %%sql} and {@code %%configure} (Livy settings, as sparkmagic's).
 */
final class SynapseMagics {

    static final Map<String, MagicHandler> TABLE = Map.of(
            "pyspark", call -> language(call, Language.PYTHON),
            "spark", call -> language(call, Language.SCALA),
            "sparkr", call -> language(call, Language.R),
            "sql", call -> new Classification(CellKind.SQL, Language.SQL, ExecutionContext.SYNAPSE,
                    new SqlMagic(call.header(), Optional.empty(), false, Optional.empty(), Optional.empty())),
            "configure", call -> {
                Classification livy = SparkmagicMagics.configure(call);
                return new Classification(livy.kind(), livy.language(), ExecutionContext.SYNAPSE, livy.magic());
            });

    private SynapseMagics() {
    }

    private static Classification language(MagicCall call, Language language) {
        return new Classification(CellKind.CODE, language, ExecutionContext.SYNAPSE,
                new LanguageMagic(call.header(), language, ExecutionContext.SYNAPSE));
    }
}
