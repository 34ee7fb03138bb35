package org.leadbureau.portal.library.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * When a parse must stop. A parser cannot be killed from outside, and cancelling its future does not stop it; so
 * the parse checks the deadline itself, at every read of the file and every piece of text it hands over, and
 * throws when it has passed or its thread was interrupted. The work then ends at the limit, not whenever the
 * parser would have finished.
 */
final class ParseDeadline {

    private final long deadline;

    ParseDeadline(Duration limit) {
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    boolean passed() {
        return Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0;
    }

    private void checkIo() throws IOException {
        if (passed()) {
            throw new IOException("The time to read the file is up");
        }
    }

    private void checkSax() throws SAXException {
        if (passed()) {
            throw new SAXException("The time to read the file is up");
        }
    }

    InputStream guard(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                checkIo();
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                checkIo();
                return super.read(buffer, offset, length);
            }

            @Override
            public long skip(long n) throws IOException {
                checkIo();
                return super.skip(n);
            }
        };
    }

    ContentHandler guard(ContentHandler handler) {
        return new ContentHandlerDecorator(handler) {
            @Override
            public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
                checkSax();
                super.startElement(uri, localName, name, atts);
            }

            @Override
            public void endElement(String uri, String localName, String name) throws SAXException {
                checkSax();
                super.endElement(uri, localName, name);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                checkSax();
                super.characters(ch, start, length);
            }

            @Override
            public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
                checkSax();
                super.ignorableWhitespace(ch, start, length);
            }
        };
    }
}
