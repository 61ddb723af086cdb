package vn.gov.scorecard.ingest.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run's input files as one screen (the summary) or one page (the ranking report) can
 * show them: every file when there are few; for a delivery of a file per unit, one line
 * per kind with its totals, then the files that rejected rows, the ones that need a
 * clerk.
 *
 * @param kinds the kinds' totals, empty when every file is listed
 * @param files the files listed: all of them, or those with rejected rows
 * @param unlistedRejecting files with rejected rows left out for want of space
 */
public record FileListing(List<Line> kinds, List<Line> files, int unlistedRejecting) {

	/** One file's figures, or a kind's totals over {@code files} files. */
	public record Line(String name, int files, long read, long loaded, long rejected, long blank) {
	}

	/**
	 * @param files in loading order, one line each
	 */
	public static FileListing of(List<Line> files, int limit) {
		if (files.size() <= limit) {
			return new FileListing(List.of(), files, 0);
		}
		List<Line> kinds = new ArrayList<>();
		files.stream()
			.collect(Collectors.groupingBy(file -> Delivery.kindOf(file.name()), LinkedHashMap::new,
					Collectors.toList()))
			.forEach((kind, ofKind) -> kinds.add(new Line(kind, ofKind.size(),
					ofKind.stream().mapToLong(Line::read).sum(), ofKind.stream().mapToLong(Line::loaded).sum(),
					ofKind.stream().mapToLong(Line::rejected).sum(), ofKind.stream().mapToLong(Line::blank).sum())));
		List<Line> rejecting = files.stream().filter(file -> file.rejected() > 0).toList();
		return new FileListing(kinds, rejecting.stream().limit(limit).toList(), Math.max(0, rejecting.size() - limit));
	}
}
