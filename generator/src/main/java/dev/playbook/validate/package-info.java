/**
 * Validate stage: JSON Schema checks with positions and hints, references found from the schemas, page
 * paths, links and anchors over the rendered site, glossary terms' targets, reachability from the home page; the schemas written out
 * for editors ({@code Schemas.write}).
 * <p>API: {@code Schemas}, {@code SchemaWriteException} and the validators ({@code SchemaValidator}, {@code ReferenceValidator},
 * {@code PagePathValidator}, {@code LinkValidator}, {@code GlossaryTargetValidator}, {@code ReachabilityValidator}).
 */
package dev.playbook.validate;
