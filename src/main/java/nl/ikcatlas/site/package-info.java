/**
 * What the view step hands to the later steps and both of them consume: pages (path and typed view)
 * and site files (path and bytes). Depends on nothing else of the tool.
 */
package nl.ikcatlas.site;
