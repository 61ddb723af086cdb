package vn.gov.scorecard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * run.json as docs/reference/run.schema.json publishes it: no field missing, none
 * unknown, each of its type.
 */
public final class RunJsonSchema {

	private static final Schema SCHEMA = load();

	private RunJsonSchema() {
	}

	public static void assertValid(Path runJson) {
		try {
			List<Error> errors = SCHEMA.validate(JsonMapper.builder().build().readTree(runJson.toFile()));
			assertThat(errors).as(runJson + " against docs/reference/run.schema.json").isEmpty();
		}
		catch (RuntimeException e) {
			throw new AssertionError(runJson + ": " + e.getMessage(), e);
		}
	}

	private static Schema load() {
		try (InputStream schema = Files.newInputStream(Path.of("docs/reference/run.schema.json"))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
