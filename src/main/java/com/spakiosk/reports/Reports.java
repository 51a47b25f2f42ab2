package com.spakiosk.reports;

import java.util.List;
import java.util.Map;

/**
 * Every report of a period: the headline figures against the period before, and the detail behind
 * them. Rows carry codes and the database's names; the view words them in the manager's language.
 */
public record Reports(ReportPeriod period, ReportPeriod previous, String currency, List<Kpi> kpis,
                      List<Utilisation> therapists, List<Utilisation> rooms,
                      List<Revenue> revenueByTreatment, List<Revenue> revenueByCategory,
                      List<Revenue> revenueByTherapist, List<Revenue> revenueByChannel,
                      List<Revenue> takingsByMethod,
                      List<Outcomes> outcomesByTreatment, List<Outcomes> outcomesByTherapist,
                      List<Outcomes> outcomesByChannel,
                      List<AttachRate> attachByAddOn, List<AttachRate> attachByTreatment,
                      Demand demand, Rebooking rebooking, List<Refusal> refusals,
                      Map<String, Long> missingConsentByChannel) {

    public Kpi kpi(Kpi.Name name) {
        return kpis.stream().filter(k -> k.name() == name).findFirst().orElseThrow();
    }
}
