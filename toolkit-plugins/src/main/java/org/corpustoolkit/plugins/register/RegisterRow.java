package org.corpustoolkit.plugins.register;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The features of one document (or of the corpus): values by feature name in column order, null where
 * a feature is undefined (for example MSTTR of a text shorter than one segment).
 *
 * @param doc document id, or {@value RegisterReport#CORPUS_ROW}
 * @param tokens word tokens
 * @param values feature values (or z-scores with {@code --compare}) by column name
 */
public record RegisterRow(String doc, long tokens, Map<String, Double> values) {
  public RegisterRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of {@code feature}, or null. */
  public Double value(String feature) {
    return values.get(feature);
  }
}
