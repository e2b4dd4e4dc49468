package dev.nbmigrate.converter.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import dev.nbmigrate.converter.escape.Markdown;
import dev.nbmigrate.converter.escape.Xml;
import dev.nbmigrate.converter.escape.Yaml;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

/**
 * The escaping functions every template may call, so templates hold structure and never hand-roll escaping:
 * {@code ${javaString(x)}} (a quoted Java literal), {@code ${javadoc(x)}}, {@code ${md(x)}} (Markdown text or one
 * table cell), {@code ${mdCode(x)}} (a Markdown code span), {@code ${yaml(x)}} (a double-quoted YAML scalar),
 * {@code ${yamlComment(x)}}, {@code ${json(x)}} (a quoted JSON string), {@code ${xml(x)}} (XML text) and
 * {@code ${xmlComment(x)}}. Each is the one escaper of its context ({@link dev.nbmigrate.converter.escape}).
 */
public final class TemplateFunctions {

    private TemplateFunctions() {
    }

    /** The functions by the name templates call them with. */
    public static Map<String, Object> all() {
        Map<String, Object> functions = new TreeMap<>();
        functions.put("javaString", function("javaString", JavaText::stringLiteral));
        functions.put("javadoc", function("javadoc", JavaText::javadoc));
        functions.put("md", function("md", Markdown::text));
        functions.put("mdCode", function("mdCode", Markdown::code));
        functions.put("yaml", function("yaml", Yaml::string));
        functions.put("yamlComment", function("yamlComment", Yaml::comment));
        functions.put("json", function("json", TemplateFunctions::jsonString));
        functions.put("xml", function("xml", Xml::text));
        functions.put("xmlComment", function("xmlComment", Xml::comment));
        return functions;
    }

    /** A quoted JSON string (also a valid double-quoted YAML scalar). */
    public static String jsonString(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    private static TemplateMethodModelEx function(String name, UnaryOperator<String> body) {
        return (List arguments) -> {
            if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
                throw new TemplateModelException(name + "(text) takes one text argument");
            }
            return body.apply(scalar.getAsString());
        };
    }
}
