package dev.rustyevents.jsonld;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON that stays inert inside an HTML {@code <script type="application/ld+json">} block, where
 * docs/api.md tells sites to paste it unchanged: {@code <}, {@code >}, {@code &} and {@code '} are
 * written as JSON escapes (backslash, u, 003C) (so TWiR text holding {@code </script>} or {@code
 * <!--} cannot end or alter the block), and so are U+2028 and U+2029 (line terminators to older
 * JavaScript). The JSON value is unchanged; Jackson's own escaping hook, so only the character
 * table is ours.
 */
public final class ScriptSafeEscapes extends CharacterEscapes {

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii;

    public ScriptSafeEscapes() {
        ascii = standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&', '\''}) {
            ascii[c] = ESCAPE_STANDARD;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case 0x2028 -> LINE_SEPARATOR;
            case 0x2029 -> PARAGRAPH_SEPARATOR;
            default -> null;
        };
    }
}
