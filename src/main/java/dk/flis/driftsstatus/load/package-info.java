/** Reads editors' files (JSON, YAML front matter, Markdown) into positioned trees and raw records; syntax only. */
package dk.flis.driftsstatus.load;
