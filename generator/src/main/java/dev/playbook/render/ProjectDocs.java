package dev.playbook.render;

import dev.playbook.model.ContentKind;

/**
 * Where the generator's own documentation lives, for pages that send an author to it: the content
 * reference of each kind (docs/content-reference.md, generated from the schemas) and the sample
 * playbook's file of that kind, a worked example. A test holds every link to a heading and a file that exist.
 */
final class ProjectDocs {

    static final String HOME = "https://github.com/playbook-dev/playbook/blob/main/";

    private ProjectDocs() {
    }

    /** The kind's section of the content reference: its heading "kind: compensation" has the anchor kind-compensation. */
    static String reference(ContentKind kind) {
        return HOME + "docs/content-reference.md#kind-" + kind.id();
    }

    /** The sample playbook's file of the kind, which the project keeps at content/<book>/<kind>.yaml. */
    static String example(ContentKind kind) {
        return HOME + examplePath(kind);
    }

    static String examplePath(ContentKind kind) {
        return "content/" + kind.book().id() + "/" + kind.id() + ".yaml";
    }
}
