package dev.agentctl.parse;

/**
 * Recognises a file saved as UTF-16 or UTF-32 by its byte order mark. Claude Code decodes every agent file as UTF-8,
 * so such a file turns into replacement characters and NULs, has no frontmatter, and is ignored without a word.
 */
final class ByteOrderMark {

    private ByteOrderMark() {
    }

    /** The encoding a byte order mark announces, or null for UTF-8 (with or without its mark) and unmarked bytes. */
    static String foreignEncoding(byte[] bytes) {
        // UTF-32LE's mark starts with UTF-16LE's, so it is tested first.
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32LE";
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return "UTF-32BE";
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return "UTF-16LE";
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return "UTF-16BE";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
