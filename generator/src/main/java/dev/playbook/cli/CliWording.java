package dev.playbook.cli;

import dev.playbook.model.Setting;
import dev.playbook.model.Wording;

/** Settings as the command line's flags. */
final class CliWording implements Wording {

    @Override
    public String name(Setting setting) {
        return switch (setting) {
            case CONTENT -> "--content DIR";
            case OUT -> "--out DIR";
            case THEME -> "--theme DIR";
            case FORCE -> "--force";
            case PORT -> "--port N";
            case BIND -> "--bind ADDRESS";
            case VERSIONS -> "--versions PATTERN";
            case DRAFT -> "--draft";
            case CHANGED_SINCE -> "--changed-since";
            case PDF -> "--pdf";
            case OFFLINE -> "--offline";
        };
    }
}
