package vn.gov.scorecard.ingest.rows;

import java.text.Normalizer;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.files.Header;

/**
 * Where a record's key is in a file's rows, to name a rejected row's unit and identifier
 * as far as they can be read (SPEC §6: so that rejects can be sorted and sent back to
 * each unit), and so that a later occurrence of the key is found to repeat it.
 */
public record KeyCells(int unitColumn, int idColumn) {

	public static KeyCells of(InputKind kind, Header header) {
		int id = kind.key().size() == 1 ? -1 : header.sourceIndex()[kind.columnNames().indexOf(idColumn(kind))];
		return new KeyCells(header.sourceIndex()[0], id);
	}

	/**
	 * The key's last column: the record's identifier within its unit (unit_code for
	 * units).
	 */
	public static String idColumn(InputKind kind) {
		return kind.key().get(kind.key().size() - 1);
	}

	String unitCode(String[] cells) {
		return cell(cells, unitColumn);
	}

	/** The identifier; null for units, whose key is the unit code alone. */
	String recordId(String[] cells) {
		return cell(cells, idColumn);
	}

	/**
	 * A key cell as the staged rows hold it (stripped, NFC); null when absent, empty or
	 * too long to be a key.
	 */
	private static String cell(String[] cells, int column) {
		if (column < 0 || column >= cells.length || cells[column].isBlank()
				|| cells[column].length() > RowParser.MAX_CELL) {
			return null;
		}
		return RowParser.printable(Normalizer.normalize(cells[column].strip(), Normalizer.Form.NFC));
	}
}
