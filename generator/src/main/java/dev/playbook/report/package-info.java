/**
 * The check's report formats (text, json, junit, sarif, github, markdown, review), for the adapters: a layer over
 * {@link dev.playbook.api.Report}, not a stage of the pipeline.
 * <p>API: {@code ReportFormat}, {@code ReportContext} and {@code ReportFiles}.
 */
package dev.playbook.report;
