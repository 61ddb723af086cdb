package vn.gov.scorecard.ingest.rows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The units records may name, and whom a record under a unit's code belongs to on a day
 * (SPEC §2 v3): the unit itself until its dissolution, then its successor — the unit
 * whose predecessors name it; with several, the one established on the dissolution day,
 * then the lowest code — followed on while that one is dissolved too. The SQL view
 * {@code unit_tenure} counts by the same rule; this decides at load which records have no
 * one to belong to.
 */
public final class UnitSuccession {

	/** A unit as the rule reads it. */
	public record Unit(LocalDate establishedOn, LocalDate dissolvedOn, List<String> predecessors) {
	}

	private static final int LONGEST_CHAIN = 32;

	private final Map<String, Unit> units;

	private final Map<String, String> successors = new HashMap<>();

	public UnitSuccession(Map<String, Unit> units) {
		this.units = Map.copyOf(units);
		units.forEach((code, unit) -> {
			for (String predecessor : unit.predecessors()) {
				Unit dissolved = units.get(predecessor);
				if (dissolved != null && dissolved.dissolvedOn() != null) {
					successors.merge(predecessor, code, (a, b) -> preferred(dissolved.dissolvedOn(), a, b));
				}
			}
		});
	}

	private String preferred(LocalDate dissolvedOn, String a, String b) {
		boolean aThatDay = dissolvedOn.equals(units.get(a).establishedOn());
		boolean bThatDay = dissolvedOn.equals(units.get(b).establishedOn());
		if (aThatDay != bThatDay) {
			return aThatDay ? a : b;
		}
		// codes are ASCII, so String order is the byte order of COLLATE "C"
		return a.compareTo(b) <= 0 ? a : b;
	}

	public Set<String> codes() {
		return units.keySet();
	}

	public boolean contains(String code) {
		return units.containsKey(code);
	}

	/**
	 * The unit a record of {@code code} dated {@code day} is counted for; null when it
	 * was dissolved by then with no successor.
	 */
	public String owner(String code, LocalDate day) {
		String owner = code;
		for (int step = 0; step < LONGEST_CHAIN; step++) {
			LocalDate dissolvedOn = units.get(owner).dissolvedOn();
			if (dissolvedOn == null || day.isBefore(dissolvedOn)) {
				return owner;
			}
			owner = successors.get(owner);
			if (owner == null) {
				return null;
			}
		}
		return null;
	}

	public LocalDate dissolvedOn(String code) {
		return units.get(code).dissolvedOn();
	}

	/**
	 * A digest of what the rule reads: a load judged against other units must be read
	 * again.
	 */
	public String fingerprint() {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		new TreeMap<>(units)
			.forEach((code, unit) -> digest.update((code + '\t' + unit.establishedOn() + '\t' + unit.dissolvedOn()
					+ '\t' + String.join(";", unit.predecessors()) + '\n')
				.getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(digest.digest());
	}

}
