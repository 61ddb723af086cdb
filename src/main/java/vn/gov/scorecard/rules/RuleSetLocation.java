package vn.gov.scorecard.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the rule set is read from.
 *
 * @param rules the rule set's YAML file: by default the bundled {@code rules.yml}; e.g.
 * {@code file:/etc/scorecard/rules-2027.yml}
 */
@ConfigurationProperties("scorecard")
public record RuleSetLocation(@DefaultValue("classpath:rules.yml") Resource rules) {
}
