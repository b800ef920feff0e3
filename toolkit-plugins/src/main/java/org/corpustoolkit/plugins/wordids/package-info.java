/**
 * Word ids kept between passes by analysers that read a corpus once and need its words again in corpus
 * order (or in reverse): {@link org.corpustoolkit.plugins.wordids.WordIdCodec} compresses them to one
 * or two bytes a word of English, {@link org.corpustoolkit.plugins.wordids.IdSpill} writes them to a
 * temporary file in {@code java.io.tmpdir} when they should not stay in memory. Used by {@code ctk
 * frequency} (dispersion) and {@code ctk register} (MTLD). Not an analyser: no module, no command.
 */
package org.corpustoolkit.plugins.wordids;
