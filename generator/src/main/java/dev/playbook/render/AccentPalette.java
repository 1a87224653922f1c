package dev.playbook.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The theme's accent shades from the owner's one brand colour ({@code site.accent_color}), for light and dark
 * mode. A brand colour is rarely readable as it is on both a white and a near-black page, so each mode's
 * accent is moved toward black (light mode) or white (dark mode) until text in it has a contrast of at least
 * {@value #MINIMUM_CONTRAST}:1 (WCAG AA for body text) against the page and against the accent's own soft
 * background. The shades become the CSS custom properties {@code --accent}, {@code --accent-dark} and
 * {@code --accent-soft}.
 */
final class AccentPalette {

    static final double MINIMUM_CONTRAST = 4.5;
    /** The page backgrounds of playbook.css in light and dark mode ({@code --bg}). */
    static final int LIGHT_PAGE = 0xffffff;
    static final int DARK_PAGE = 0x12171e;
    private static final int WHITE = 0xffffff;
    private static final int BLACK = 0x000000;

    private AccentPalette() {
    }

    /** {@code light} and {@code dark}, each {@code accent}, {@code accentDark} and {@code accentSoft} as {@code #rrggbb}. */
    static Map<String, Object> of(String hex) {
        int brand = Integer.parseInt(hex.substring(1), 16);
        Map<String, Object> palette = new LinkedHashMap<>();
        palette.put("light", shades(brand, LIGHT_PAGE, BLACK, 0.9));
        palette.put("dark", shades(brand, DARK_PAGE, WHITE, 0.78));
        return Map.copyOf(palette);
    }

    /**
     * The soft shade is the brand colour mostly mixed into the page; the accent is the brand colour moved toward
     * {@code strong} (black on a light page, white on a dark one) until it reads on both; the "dark" accent, for
     * text that must stand out more, is a further step that way.
     */
    private static Map<String, String> shades(int brand, int page, int strong, double softness) {
        int soft = mix(brand, page, softness);
        int accent = brand;
        for (int step = 1; step <= 20 && (contrast(accent, page) < MINIMUM_CONTRAST || contrast(accent, soft) < MINIMUM_CONTRAST); step++) {
            accent = mix(brand, strong, step * 0.05);
        }
        Map<String, String> shades = new LinkedHashMap<>();
        shades.put("accent", hex(accent));
        shades.put("accentDark", hex(mix(accent, strong, 0.25)));
        shades.put("accentSoft", hex(soft));
        return Map.copyOf(shades);
    }

    /** WCAG 2 contrast ratio of two sRGB colours, 1 to 21. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static int parse(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** {@code a} moved a {@code share} of the way toward {@code b}. */
    private static int mix(int a, int b, double share) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xff;
            int cb = (b >> shift) & 0xff;
            rgb |= (int) Math.round(ca + (cb - ca) * share) << shift;
        }
        return rgb;
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }
}
