package dev.playbook.browser;

import dev.playbook.api.Generator;
import dev.playbook.api.LivePreview;
import dev.playbook.api.PreviewBuild;
import dev.playbook.api.PreviewRequest;
import dev.playbook.testing.Browser;
import dev.playbook.testing.TestPlaybook;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code playbook serve --versions 'v*' --draft} as an author uses it: the draft's guide is open in Chromium, its
 * version switcher lists the versions the preview serves, a save shows on the page by itself, and the switcher
 * leads to the same guide in a release.
 */
@Tag("browser")
@Tag("git")
class VersionedPreviewBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private LivePreview preview;
    private ChromeDriver browser;
    private final BlockingQueue<PreviewBuild> builds = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        try {
            Browser.quitWithCleanConsole(browser);
        } finally {
            if (preview != null) {
                preview.close();
            }
        }
    }

    private static PersonIdent at(long epochSecond) {
        return new PersonIdent("Enablement", "enablement@example.com", Date.from(Instant.ofEpochSecond(epochSecond)),
                TimeZone.getTimeZone("UTC"));
    }

    private static void release(Git git, String tag, long time) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(tag).setAuthor(at(time)).setCommitter(at(time)).call();
        git.tag().setName(tag).call();
    }

    @Test
    void theDraftsGuideFollowsSavesAndTheSwitcherListsEveryVersion() throws Exception {
        Path repo = dir.resolve("repo");
        TestPlaybook playbook = TestPlaybook.scaffold(repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            release(git, "v1.0.0", 1_768_500_000L);
            release(git, "v1.1.0", 1_769_000_000L);
        }
        preview = new Generator().preview(new PreviewRequest(playbook.root(), Optional.empty(), Optional.of(playbook.today()),
                InetAddress.getLoopbackAddress(), 0, PreviewRequest.QUIET, Optional.of("v*"), true), builds::add);
        assertTrue(builds.take().published());

        browser = Browser.start();
        browser.get(preview.url("next/team/guides/discovery-call.html"));
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(driver -> driver.findElements(By.cssSelector("#version-select option")).size() == 3);
        assertEquals(List.of("next (draft)", "v1.1.0 (latest)", "v1.0.0"),
                new Select(browser.findElement(By.id("version-select"))).getOptions().stream().map(o -> o.getText()).toList());

        String guide = "team/guides/discovery-call.md";
        playbook.write(guide, playbook.read(guide) + "\nA sentence written during the test.\n");
        wait.until(driver -> driver.findElement(By.tagName("main")).getText().contains("A sentence written during the test."));

        new Select(browser.findElement(By.id("version-select"))).selectByVisibleText("v1.1.0 (latest)");
        wait.until(driver -> driver.getCurrentUrl().endsWith("/v1.1.0/team/guides/discovery-call.html"));
        wait.until(driver -> !driver.findElements(By.tagName("main")).isEmpty());
        assertTrue(!browser.findElement(By.tagName("main")).getText().contains("A sentence written during the test."),
                "the release is its tag, not the working tree");
    }
}
