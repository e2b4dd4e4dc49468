/**
 * One escaper per output context a notebook's text can reach besides Java ({@link
 * dev.nbmigrate.converter.render.JavaText} has string literals, {@code //} comments and Javadoc): Markdown text and
 * code spans ({@link dev.nbmigrate.converter.escape.Markdown}), YAML double-quoted scalars and comments ({@link
 * dev.nbmigrate.converter.escape.Yaml}), XML text and comments ({@link dev.nbmigrate.converter.escape.Xml}). Every
 * report, template function and document goes through these, so the contexts never disagree.
 */
package dev.nbmigrate.converter.escape;
