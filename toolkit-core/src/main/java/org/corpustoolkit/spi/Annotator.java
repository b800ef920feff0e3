package org.corpustoolkit.spi;

/**
 * Extension point: tags and lemmatises the text of one language, for analysers that ask for
 * {@link org.corpustoolkit.text.TokenizedDocument#annotations()}. {@code --lang} chooses the annotator
 * by {@link #language()}.
 *
 * <p>An annotator is a thread-safe factory: it loads its models once (lazily, on the first
 * {@link #newTagger()}, never in the constructor or the module) and hands each worker thread its own
 * {@link Tagger}. ctk feeds the tagger one sentence at a time, with its own sentences and tokens (all
 * tokens of the sentence, punctuation included, as written), and stores the result as
 * {@link org.corpustoolkit.text.Annotations}: the tag is parsed as a
 * {@link org.corpustoolkit.text.UniversalPos} (anything else becomes {@code X}), the lemma is turned
 * into a counting form. ctk itself sets the lemma of numbers, punctuation and symbols to their form, and
 * tags URLs and e-mail addresses {@code X}.
 *
 * <p>Register one in a {@link PluginModule}:
 *
 * <pre>{@code
 * public final class GermanModule extends PluginModule {
 *   @Override
 *   protected void configure() {
 *     Extensions.annotator(binder(), GermanAnnotator.class);
 *   }
 * }
 * }</pre>
 *
 * <p>Load models from the class path (for example {@code getClass().getResourceAsStream(...)}), never
 * from the network.
 *
 * @since 0.1
 */
public interface Annotator {

  /** ISO 639-1 code of the language this annotator handles, lower case: {@code en}. */
  String language();

  /** One line naming the software and models, for help and provenance. */
  String description();

  /**
   * A new tagger for the calling thread. Expensive model objects are shared between taggers; the tagger
   * itself need not be thread-safe.
   *
   * @throws PluginException if the models cannot be loaded
   */
  Tagger newTagger();

  /** Tags and lemmatises sentences on one thread. */
  interface Tagger {
    /**
     * Annotates one sentence.
     *
     * @param tokens the tokens of the sentence as written (not normalised, not case-folded)
     * @param tags receives a Universal Dependencies UPOS tag per token ({@code NOUN}, {@code VERB} ...)
     * @param lemmas receives a lemma per token; null means "the token itself"
     */
    void annotate(String[] tokens, String[] tags, String[] lemmas);

    /**
     * Tags one sentence without lemmatising it, for runs that read tags only
     * ({@link AnalysisContext#requireTags()}). The tags must be those {@link #annotate} gives. The
     * default calls {@link #annotate} and drops the lemmas; a tagger whose lemmatiser is a separate,
     * costly step overrides it.
     *
     * @param tokens the tokens of the sentence as written
     * @param tags receives a Universal Dependencies UPOS tag per token
     * @since 0.5
     */
    default void tag(String[] tokens, String[] tags) {
      annotate(tokens, tags, new String[tokens.length]);
    }
  }
}
