package vn.gov.scorecard.output;

/**
 * A named point in a run where no database lock can hold the process: between the CSVs
 * and run.json, between the exchange and the archiving, between counting and reading for
 * the documents. The product's checkpoint does nothing; the tests of kills and of
 * concurrent runs replace it (profile {@code checkpoints}) with one that holds the run
 * there until they let go.
 */
public interface Checkpoint {

	void reached(String point);

}
