package dev.playbook.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the brand colour, the accent reads at 4.5:1 or better on the page and on its own soft shade, in both modes. */
class AccentPaletteTest {

    @ParameterizedTest
    @ValueSource(strings = {"#ffcc00", "#ffffff", "#000000", "#1d5fbf", "#e11d48", "#10b981", "#7c3aed", "#808080", "#0a1322"})
    void everyShadeIsReadableInBothModes(String brand) {
        Map<String, Object> palette = AccentPalette.of(brand);
        check(palette, "light", AccentPalette.LIGHT_PAGE);
        check(palette, "dark", AccentPalette.DARK_PAGE);
    }

    @SuppressWarnings("unchecked")
    private static void check(Map<String, Object> palette, String mode, int page) {
        Map<String, String> shades = (Map<String, String>) palette.get(mode);
        int accent = AccentPalette.parse(shades.get("accent"));
        int soft = AccentPalette.parse(shades.get("accentSoft"));
        int dark = AccentPalette.parse(shades.get("accentDark"));
        assertTrue(AccentPalette.contrast(accent, page) >= AccentPalette.MINIMUM_CONTRAST, mode + " accent on the page: " + shades);
        assertTrue(AccentPalette.contrast(accent, soft) >= AccentPalette.MINIMUM_CONTRAST, mode + " accent on its soft shade: " + shades);
        assertTrue(AccentPalette.contrast(dark, soft) >= AccentPalette.MINIMUM_CONTRAST, mode + " strong accent on the soft shade: " + shades);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#1d5fbf"})
    void aColourThatIsReadableAlreadyIsKept(String brand) {
        assertEquals(brand, ((Map<?, ?>) AccentPalette.of(brand).get("light")).get("accent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#000000"})
    void contrastIsWcags(String black) {
        assertEquals(21.0, AccentPalette.contrast(AccentPalette.parse(black), 0xffffff), 0.01);
        assertEquals(1.0, AccentPalette.contrast(0x777777, 0x777777), 0.001);
    }
}
