package org.corpustoolkit.plugins.frequency;

/**
 * One line of a frequency list.
 *
 * @param item the word (counting form) or n-gram (counting forms joined by one space)
 * @param frequency occurrences in the corpus
 * @param range number of documents in which it occurs
 */
public record FrequencyEntry(String item, long frequency, int range) {}
