/**
 * Load stage: parses the sources of a content tree into the model, YAML with positions and safe limits,
 * front matter, and {@code playbook.yaml} into a typed {@link dev.playbook.model.PlaybookConfig}.
 * <p>API: {@code ContentLoader} and {@code YamlReader}.
 */
package dev.playbook.load;
