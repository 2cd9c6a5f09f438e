package nl.ikcatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PageBufferTest {

    @Test
    void holdsWhatWasWrittenSinceItWasLastCleared() throws IOException {
        PageBuffer buffer = new PageBuffer();
        buffer.write("<p>half a page");
        buffer.clear();
        buffer.write("<p>é ↑", 0, 5);
        buffer.write(new char[] {'x', '<', '/', 'p', '>'}, 1, 4);
        buffer.append("!").write('?');
        assertEquals("<p>é </p>!?", buffer.toString());
        buffer.clear();
        buffer.write("daarna");
        assertEquals("daarna", buffer.toString());
    }
}
