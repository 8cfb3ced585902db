package dk.handleplan.app.coercion;

import dk.handleplan.coercion.CoercionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The coercion deadlines and retention period from {@code handleplan.coercion.*} (see
 * config/handleplan.properties), with the defaults of {@link CoercionSettings#DEFAULTS}. A wrong value
 * fails the first use with the setting named.
 */
@ApplicationScoped
public class CoercionConfig {

    static final String PREFIX = "handleplan.coercion.";

    @Inject
    Config config;

    @Produces
    CoercionSettings settings() {
        CoercionSettings d = CoercionSettings.DEFAULTS;
        return new CoercionSettings(value("adult.registration-days", d.adultRegistrationDays()),
                value("adult.report-days-acute", d.adultAcuteReportDays()),
                value("adult.report-days-after-month-end", d.adultMonthlyReportDays()),
                value("child.registration-hours", d.childRegistrationHours()),
                value("child.municipality-hours", d.childMunicipalityHours()),
                value("child.socialtilsyn-days-after-month-end", d.childSocialtilsynDays()),
                value("follow-up-days", d.followUpDays()), value("retention-months", d.retentionMonths()));
    }

    private int value(String name, int fallback) {
        try {
            return config.getOptionalValue(PREFIX + name, Integer.class).orElse(fallback);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + name + " must be a whole number", e);
        }
    }
}
