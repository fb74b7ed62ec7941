/** The checked content as immutable records: site settings, the area registry, monthly reports and pages. */
package dk.flis.driftsstatus.model;
