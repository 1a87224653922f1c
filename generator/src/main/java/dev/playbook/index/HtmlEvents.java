package dev.playbook.index;

/**
 * A page's HTML as a reader meets it, in document order. Every start has its end, void elements
 * included, so a handler can keep its own stack of open elements. Comments and the content of
 * {@code <script>} and {@code <style>} are not reported.
 */
interface HtmlEvents {

    /** An element as it starts; valid only during the call. */
    interface StartTag {

        /** Lower case. */
        String name();

        /** The attribute's value with entities decoded, or null when the element has no such attribute. */
        String attr(String name);

        /** Whether jsoup's tag table says the element is a block, i.e. text on either side is not one word. */
        boolean isBlock();
    }

    void start(StartTag tag);

    void end();

    /** Text with entities decoded: {@code text[from, to)}, which the handler must not keep. */
    void text(String text, int from, int to);
}
