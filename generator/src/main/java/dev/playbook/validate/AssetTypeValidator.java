package dev.playbook.validate;

import dev.playbook.model.Asset;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content files other than pages are published as they are, without the sanitizer that cleans every page:
 * a file a browser runs as a page or a script ({@code .html}, {@code .svg}, {@code .js}...) would put live
 * script on a site the whole team trusts. Those are refused unless the playbook turns on
 * {@code assets: {allow_html: true}}; every other type (images, PDFs, office files) is published.
 */
public final class AssetTypeValidator {

    /** Extensions a browser may run script from when the file is opened or linked from the site. */
    static final Set<String> SCRIPTABLE = Set.of("html", "htm", "xhtml", "xht", "shtml", "svg", "svgz", "js", "mjs", "xml", "xsl", "xslt");

    public List<Problem> validate(Playbook playbook) {
        List<Problem> problems = new ArrayList<>();
        if (playbook.config().allowHtmlAssets()) {
            return problems;
        }
        for (Asset asset : playbook.assets()) {
            String name = asset.path().substring(asset.path().lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (SCRIPTABLE.contains(extension)) {
                problems.add(Problem.error(RuleId.SOURCE_FILE_TYPE, Position.ofFile(asset.path()),
                        "." + extension + " files are not published: a browser runs the script they may hold, and they do not pass"
                                + " through the sanitizer that cleans every page",
                        "write it as a Markdown page, or use an image type such as PNG instead of SVG; if every contributor is trusted,"
                                + " set \"assets: {allow_html: true}\" in playbook.yaml to publish such files as they are"));
            }
        }
        return problems;
    }
}
