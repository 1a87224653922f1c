package dev.playbook.maven;

import dev.playbook.model.Setting;
import dev.playbook.publish.UnsafeOutputException;
import dev.playbook.source.SourceException;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Maven user reads the fix in the plugin's terms: parameters and properties, never a command-line flag. */
class MavenWordingTest {

    @Test
    void everySettingIsNamedAsTheUserWritesIt() {
        MavenWording wording = new MavenWording();
        for (Setting setting : Setting.values()) {
            String name = wording.name(setting);
            assertFalse(name.contains("{"), setting + ": " + name);
            boolean commandLineOnly = setting == Setting.BIND; // playbook:serve listens on loopback only
            assertFalse(!commandLineOnly && name.contains("--"), setting + " is a parameter, not a flag: " + name);
        }
        assertEquals("or use <force>true</force> (-Dplaybook.force) to move the folder aside",
                wording.apply("or use {force} to move the folder aside"));
    }

    @Test
    void aWrongRequestFailsTheBuildWithTheFixInPluginTerms() {
        BuildMojo mojo = new BuildMojo();
        MojoExecutionException failure = assertThrows(MojoExecutionException.class, () -> mojo.usage(() -> {
            throw new UnsafeOutputException("the output folder out holds files that Playbook did not write",
                    "choose an empty or new folder, or use {force} to move the folder aside and publish there");
        }));
        assertTrue(failure.getMessage().contains("or use <force>true</force> (-Dplaybook.force) to move the folder aside"), failure.getMessage());
        MojoExecutionException missing = assertThrows(MojoExecutionException.class, () -> mojo.usage(() -> {
            throw new SourceException("content folder nope does not exist", "name it with {content}");
        }));
        assertTrue(missing.getMessage().endsWith("hint: name it with <content> (-Dplaybook.content)"), missing.getMessage());
    }
}
