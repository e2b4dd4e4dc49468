package dev.nbmigrate.converter.read;

/**
 * One output of a cell as saved in the notebook: kept so that nothing is lost and reports can cite it, never
 * needed to translate the cell. Large binary payloads are reduced to mime type and size (see {@link Payload}).
 */
public sealed interface Output permits StreamOutput, DisplayOutput, ErrorOutput, ParagraphResult, UnknownOutput {
}
