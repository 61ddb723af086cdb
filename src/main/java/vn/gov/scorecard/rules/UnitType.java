package vn.gov.scorecard.rules;

import java.util.EnumSet;
import java.util.Set;

/** The two kinds of unit (SPEC §2), ranked only against their own kind. */
public enum UnitType {

	/** A provincial department or agency (sở, ban, ngành). */
	SO("sở, ban, ngành"),
	/** A commune or ward (xã, phường). */
	XA("xã, phường");

	static final Set<UnitType> BOTH = EnumSet.allOf(UnitType.class);

	private final String group;

	UnitType(String group) {
		this.group = group;
	}

	/** The units of this kind as a document names them: "xã, phường". */
	public String group() {
		return group;
	}

}
