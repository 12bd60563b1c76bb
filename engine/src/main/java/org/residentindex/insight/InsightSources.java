package org.residentindex.insight;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Which datasets play which part in the insights, by source name. Defaults are the names the county generator
 * and most councils' extracts use; absent (null) values take the default.
 *
 * @param electoralRegister the electoral register
 * @param tenancies         council housing tenancies
 * @param schoolAdmissions  school admissions (a record is a child)
 * @param socialCare        children's social care
 * @param adultSources      datasets whose records are adults (account holders, electors, tenants, claimants)
 */
public record InsightSources(
        @JsonProperty("electoral_register") String electoralRegister,
        @JsonProperty("tenancies") String tenancies,
        @JsonProperty("school_admissions") String schoolAdmissions,
        @JsonProperty("social_care") String socialCare,
        @JsonProperty("adult_sources") List<String> adultSources) {

    public InsightSources {
        electoralRegister = electoralRegister == null ? "electoral_register" : electoralRegister;
        tenancies = tenancies == null ? "housing_tenancies" : tenancies;
        schoolAdmissions = schoolAdmissions == null ? "school_admissions" : schoolAdmissions;
        socialCare = socialCare == null ? "social_care" : socialCare;
        adultSources = adultSources == null
                ? List.of("council_tax", "electoral_register", "housing_tenancies", "housing_benefit")
                : List.copyOf(adultSources);
    }

    /** The defaults. */
    public static InsightSources defaults() {
        return new InsightSources(null, null, null, null, null);
    }

    /** True when records of {@code source} are adults. */
    public boolean isAdult(String source) {
        return adultSources.contains(source);
    }
}
