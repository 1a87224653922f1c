package dev.playbook.maven;

import dev.playbook.model.Setting;
import dev.playbook.model.Wording;

/** Settings as the plugin's parameters, in the {@code <configuration>} of its {@code pom.xml} entry. */
final class MavenWording implements Wording {

    @Override
    public String name(Setting setting) {
        return switch (setting) {
            case CONTENT -> "<content> (-Dplaybook.content)";
            case OUT -> "<out> (-Dplaybook.out)";
            case THEME -> "<theme> (-Dplaybook.theme)";
            case FORCE -> "<force>true</force> (-Dplaybook.force)";
            case PORT -> "<port> (-Dplaybook.port)";
            case BIND -> "the command line's --bind (playbook:serve listens on 127.0.0.1 only)";
            case VERSIONS -> "<versions> (-Dplaybook.versions)";
            case DRAFT -> "<draft>true</draft> (-Dplaybook.draft)";
            case CHANGED_SINCE -> "<changedSince> (-Dplaybook.changedSince)";
            case PDF -> "<pdf>true</pdf> (-Dplaybook.pdf)";
            case OFFLINE -> "<offline>true</offline> (-Dplaybook.offline)";
        };
    }
}
