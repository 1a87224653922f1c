package dev.playbook.model;

import java.util.Arrays;
import java.util.Optional;

/** The three playbooks a sales operating model is made of. */
public enum Section {
    TEAM("team", "Team playbook"),
    LEADERSHIP("leadership", "Leadership playbook"),
    MANAGEMENT("management", "Sales management playbook");

    private final String id;
    private final String title;

    Section(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Section> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
