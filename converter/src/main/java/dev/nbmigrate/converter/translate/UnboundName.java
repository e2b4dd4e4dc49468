package dev.nbmigrate.converter.translate;

import dev.nbmigrate.converter.analyze.PythonBuiltins;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Subject;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;

/**
 * The finding for a use of a name the translation has no Java value for. Whether the name is defined is the
 * analyser's decision ({@link TranslationContext#undefined}), not the translator's: a name the analysis finds
 * undefined is NBM220; a Python builtin without Java here is NBM233; any other name is defined for the analysis but
 * has no Java value at this step (NBM239: its defining step was not translated, or it comes from code the converter
 * does not see).
 */
final class UnboundName {

    private UnboundName() {
    }

    static Untranslatable of(TranslationContext context, PyExpr.Name name) {
        if (PythonBuiltins.of(name.id(), true).isPresent()) {
            return new Untranslatable(Code.NBM233, name.span(), "the builtin " + name.id() + " is not translated"
                    + (PythonBuiltins.translated().contains(name.id()) ? " in this form" : ""),
                    Subject.api("builtins." + name.id()));
        }
        if (context.undefined(name)) {
            return new Untranslatable(Code.NBM220, name.span(), "name '" + name.id() + "' is not defined");
        }
        return withoutValue(name.id(), name.span());
    }

    /** A name the analysis finds defined, with no Java value at this step. */
    static Untranslatable withoutValue(String name, dev.nbmigrate.converter.parse.Span span) {
        return new Untranslatable(Code.NBM239, span, "name '" + name + "' has no Java value here");
    }
}
