/**
 * Render stage: page models and Freemarker templates ({@code themes/default}, shadowed by a user's theme),
 * each page sent to a {@code PageSink} as soon as it is rendered, keeping only its ids and links.
 * <p>API: {@code SiteRenderer}, {@code RenderInput}, {@code RenderResult}, {@code RenderedPage}, {@code PageSink},
 * {@code Theme} and {@code ThemeException}.
 */
package dev.playbook.render;
