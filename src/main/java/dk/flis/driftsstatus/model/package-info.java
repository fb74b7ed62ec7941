/**
 * The checked content as immutable records: site settings, the area registry, monthly reports and
 * pages. Plain data, no library behind it.
 */
package dk.flis.driftsstatus.model;
