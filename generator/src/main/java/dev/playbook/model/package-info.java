/**
 * The model every stage shares: immutable records of a playbook ({@code Playbook}, {@code Document},
 * the {@code Node} tree with positions, {@code PlaybookConfig}), of what is wrong with it ({@code Problem},
 * {@code Position}, {@code RuleId}), and the small vocabularies named everywhere ({@code ContentKind},
 * {@code Book}, {@code Setting}). It depends on nothing else of ours. Every type here is API.
 */
package dev.playbook.model;
