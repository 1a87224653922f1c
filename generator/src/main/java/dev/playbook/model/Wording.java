package dev.playbook.model;

/** How an adapter (the command line, the Maven plugin) names each {@link Setting} to its users. */
@FunctionalInterface
public interface Wording {

    /** The setting as the user writes it: {@code --force}, or {@code <force>true</force>}. */
    String name(Setting setting);

    /** {@code text} with every setting token ({@code {force}}) replaced by its name in these words. */
    default String apply(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        String worded = text;
        for (Setting setting : Setting.values()) {
            worded = worded.replace(setting.token(), name(setting));
        }
        return worded;
    }
}
