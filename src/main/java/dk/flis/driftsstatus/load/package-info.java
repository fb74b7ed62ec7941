/**
 * Reads editors' files (JSON, YAML front matter) into positioned trees and raw records, keeping
 * Markdown bodies as text; syntax only, no HTML.
 */
package dk.flis.driftsstatus.load;
