package backproplab.lang;

import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Hostile input: byte strings drawn uniformly, and the text a command line receives for them. */
public final class RandomBytes {

    private RandomBytes() {
    }

    /** Up to {@code maxLength} bytes, each of the 256 values equally likely, shown in hex; they shrink towards fewer zero bytes. */
    public static Gen<byte[]> upTo(int maxLength) {
        return Generate.byteArrays(integers().between(0, maxLength), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
                .describedAs(bytes -> "bytes " + HexFormat.of().formatHex(bytes));
    }

    /**
     * The text a command line receives for {@code bytes}: decoded as UTF-8, a malformed sequence
     * becoming U+FFFD as the JVM decodes it, and without the NUL characters an argument cannot hold.
     */
    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\0", "");
    }
}
