package dev.nbmigrate.converter.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

/**
 * The escaping functions every template may call, so templates hold structure and never hand-roll escaping:
 * {@code ${javaString(x)}} (a quoted Java literal), {@code ${javadoc(x)}}, {@code ${md(x)}} (one Markdown table
 * cell), {@code ${yaml(x)}} (a double-quoted YAML scalar), {@code ${json(x)}} (a quoted JSON string) and
 * {@code ${xml(x)}} (XML text).
 */
public final class TemplateFunctions {

    private TemplateFunctions() {
    }

    /** The functions by the name templates call them with. */
    public static Map<String, Object> all() {
        Map<String, Object> functions = new TreeMap<>();
        functions.put("javaString", function("javaString", JavaText::stringLiteral));
        functions.put("javadoc", function("javadoc", JavaText::javadoc));
        functions.put("md", function("md", TemplateFunctions::markdownCell));
        functions.put("yaml", function("yaml", TemplateFunctions::yamlString));
        functions.put("json", function("json", TemplateFunctions::jsonString));
        functions.put("xml", function("xml", TemplateFunctions::xmlText));
        return functions;
    }

    /** Text safe inside one Markdown table cell: pipes escaped, line breaks as spaces. */
    public static String markdownCell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** A double-quoted YAML scalar. */
    public static String yamlString(String text) {
        return jsonString(text);
    }

    /** A quoted JSON string (also a valid double-quoted YAML scalar). */
    public static String jsonString(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /** XML text content. */
    public static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
