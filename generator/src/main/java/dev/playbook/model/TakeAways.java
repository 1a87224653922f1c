package dev.playbook.model;

import java.util.Optional;

/**
 * The copies of a playbook a reader can take away, and whether a build makes them: PDFs (one per role and one
 * of the whole playbook, {@code pdf: {enabled: true}} or {pdf}) and the offline pack, a zip of the whole site
 * that works from the file system ({@code offline: {enabled: true}} or {offline}). Their file names carry the
 * version when the site has versions, so that a downloaded copy says which one it is.
 */
public record TakeAways(boolean pdf, boolean offline) {

    public static final TakeAways NONE = new TakeAways(false, false);

    /** What a build of {@code config} makes, with what its request asked for on top. */
    public static TakeAways of(PlaybookConfig config, boolean pdfRequested, boolean offlineRequested) {
        return new TakeAways(config.pdfEnabled() || pdfRequested, config.offlineEnabled() || offlineRequested);
    }

    /** The PDF of the whole playbook: {@code playbook-v1.2.0.pdf}, or {@code playbook.pdf} for a site without versions. */
    public static String playbookPdf(Optional<String> version) {
        return "playbook" + suffix(version) + ".pdf";
    }

    /** The PDF of one role, beside its page: {@code roles/ae-v1.2.0.pdf}. */
    public static String rolePdf(String roleId, Optional<String> version) {
        return OutputPaths.ROLES + roleId + suffix(version) + ".pdf";
    }

    /** The offline pack: {@code playbook-v1.2.0.zip}, or {@code playbook.zip}. */
    public static String offlinePack(Optional<String> version) {
        return "playbook" + suffix(version) + ".zip";
    }

    private static String suffix(Optional<String> version) {
        return version.map(v -> "-" + v).orElse("");
    }
}
