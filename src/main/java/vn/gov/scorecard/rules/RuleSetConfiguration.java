package vn.gov.scorecard.rules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule set, read and checked once at start-up, so a bad edit fails before anything
 * runs.
 */
@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

	@Bean
	RuleSet ruleSet(RuleSetLocation location) {
		return RuleSet.load(location.rules());
	}

}
