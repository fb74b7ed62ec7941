/**
 * What the months say together: changes between consecutive reports, each area's history and the
 * age of an open problem. Business rules shared by the site, the feed and (later) the email summary.
 */
package dk.flis.driftsstatus.history;
