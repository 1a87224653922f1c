package dev.playbook.model;

import java.util.Optional;

/**
 * A content file that did not load as the document it was meant to be: its YAML could not be read, it
 * was not a mapping, it had no front matter, no {@code kind}, or a kind the generator does not know. Its
 * own problem says why; later stages use this to say nothing more about it, so that a file that failed to
 * load is reported once, at its real cause, and not again as every link to it, every reference to the
 * roles, stages or metrics it defines, and the section it should be.
 *
 * @param path the file, relative to the content folder
 * @param kind the kind the file was probably meant to be: from its {@code kind:} line (or the kind closest
 *             to a misspelt one), else from its file name ({@code team/roles.yaml}); empty for guides and
 *             when nothing tells
 */
public record LoadFailure(String path, Optional<ContentKind> kind) {
}
