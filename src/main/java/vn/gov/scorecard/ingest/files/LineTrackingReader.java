package vn.gov.scorecard.ingest.files;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Remembers where line breaks (LF, CRLF or a lone CR) are in the characters read, so that
 * a record's character position can be turned into the physical line it begins on, even
 * when quoted fields span lines. Positions are asked in increasing order, so only the
 * breaks between the parser's position and its read-ahead are kept.
 */
final class LineTrackingReader extends FilterReader {

	private long[] breaks = new long[1024];

	private int head;

	private int tail;

	private long position;

	private boolean afterCr;

	private long line = 1;

	LineTrackingReader(Reader in) {
		super(in);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = in.read(buffer, offset, length);
		for (int i = 0; i < n; i++) {
			char c = buffer[offset + i];
			if (c == '\r' || (c == '\n' && !afterCr)) {
				addBreak(position);
			}
			afterCr = c == '\r';
			position++;
		}
		return n;
	}

	@Override
	public int read() throws IOException {
		char[] one = new char[1];
		return read(one, 0, 1) < 0 ? -1 : one[0];
	}

	/** How many characters have been read so far. */
	long position() {
		return position;
	}

	/** The 1-based physical line of the character at {@code characterPosition}. */
	long lineOf(long characterPosition) {
		while (head < tail && breaks[head] < characterPosition) {
			head++;
			line++;
		}
		return line;
	}

	private void addBreak(long at) {
		if (tail == breaks.length) {
			if (head > breaks.length / 2) {
				System.arraycopy(breaks, head, breaks, 0, tail - head);
				tail -= head;
				head = 0;
			}
			else {
				breaks = Arrays.copyOf(breaks, breaks.length * 2);
			}
		}
		breaks[tail++] = at;
	}

}
