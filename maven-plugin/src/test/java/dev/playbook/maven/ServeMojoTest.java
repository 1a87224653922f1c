package dev.playbook.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** playbook:serve's versions and draft go to the generator as they are; its rules come back in the plugin's terms. */
class ServeMojoTest {

    @TempDir
    Path content;

    private ServeMojo mojo() throws java.io.IOException {
        java.nio.file.Files.writeString(content.resolve("playbook.yaml"), "title: A playbook\n");
        ServeMojo mojo = new ServeMojo();
        mojo.content = content.toFile();
        mojo.port = 0;
        return mojo;
    }

    @Test
    void versionsAndDraftGoIntoThePreviewRequest() throws Exception {
        ServeMojo mojo = mojo();
        assertEquals(Optional.empty(), mojo.request().versions(), "the working tree alone, without versions");
        assertFalse(mojo.request().draft());
        mojo.versions = " ";
        assertEquals(Optional.empty(), mojo.request().versions(), "an empty -Dplaybook.versions= is none");
        mojo.versions = "v*";
        mojo.draft = true;
        assertEquals(Optional.of("v*"), mojo.request().versions());
        assertTrue(mojo.request().draft());
        assertEquals(content, mojo.request().content());
    }

    @Test
    void theDraftWithoutVersionsFailsWithTheFixInPluginTerms() throws Exception {
        ServeMojo mojo = mojo();
        mojo.draft = true;
        MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("playbook: <draft>true</draft> (-Dplaybook.draft) is the working tree"), failure.getMessage());
        assertTrue(failure.getMessage().contains("hint: name the release tags with <versions> (-Dplaybook.versions), such as \"v*\""),
                failure.getMessage());
    }
}
