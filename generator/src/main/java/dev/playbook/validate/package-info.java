/**
 * Validate stage: JSON Schema checks with positions and hints, references found from the schemas, page
 * paths, links and anchors over the rendered site, reachability from the home page.
 * <p>API: {@code Schemas} and the validators ({@code SchemaValidator}, {@code ReferenceValidator},
 * {@code PagePathValidator}, {@code LinkValidator}, {@code ReachabilityValidator}).
 */
package dev.playbook.validate;
