/**
 * The ctk corpus query language: find sequences of tokens in tokenized documents, for concordances
 * ({@code ctk kwic}) and for any analyser that needs the places where a query matches (collocations
 * around a query, dispersion of a phrase).
 *
 * <h2>The language</h2>
 *
 * <table>
 *   <caption>Query forms</caption>
 *   <tr><th>Query</th><th>Matches</th></tr>
 *   <tr><td>{@code china}</td><td>a token whose counting form is {@code china} (so {@code China},
 *       {@code CHINA} too unless {@code --case-sensitive})</td></tr>
 *   <tr><td>{@code bilat*}, {@code wom?n}</td><td>wildcards: {@code *} any characters, {@code ?} one
 *       character; everything else literal ({@code \} escapes the next character)</td></tr>
 *   <tr><td>{@code /colou?r/}</td><td>a regular expression (Java syntax) matching the whole counting
 *       form</td></tr>
 *   <tr><td>{@code "in the"}</td><td>a phrase: one token per space-separated part; as in CQP each
 *       part is a regular expression ({@code "ti.*"}); escape metacharacters: {@code "U\.S\."}</td></tr>
 *   <tr><td>{@code [word="ti.*"]}</td><td>one token whose attribute matches the regular expression;
 *       attributes: {@code word} (counting form), {@code surface} (as written, case-sensitive),
 *       {@code kind} ({@code word}, {@code number}, {@code punctuation}...)</td></tr>
 *   <tr><td>{@code [lemma="be"]}, {@code [pos="NOUN|PROPN"]}</td><td>with
 *       {@link org.corpustoolkit.query.TokenAttributes#annotated()} (as in {@code ctk kwic}): the lemma
 *       (a counting form, so {@code be} finds {@code is}, {@code Was}) and the Universal Dependencies
 *       tag (upper case, matched as written), from the run's annotator; a pattern matching no tag
 *       ({@code [pos="NUON"]}) is an error listing the tags</td></tr>
 *   <tr><td>{@code [word="china" & kind="word"]}</td><td>conditions combined with {@code &},
 *       {@code |}, {@code !} and parentheses; {@code !=} negates a test</td></tr>
 *   <tr><td>{@code []}</td><td>any one token (punctuation included)</td></tr>
 *   <tr><td>{@code []{0,2}}, {@code ?}, {@code *}, {@code +}</td><td>repetition of the token or group
 *       just before (no space between); bounds up to 1000</td></tr>
 *   <tr><td>{@code ("a"|"an") "issue"}</td><td>alternatives of sequences, grouped with
 *       parentheses</td></tr>
 *   <tr><td>{@code [surface="US"%c]}</td><td>{@code %c} after a string ignores case</td></tr>
 * </table>
 *
 * <p>Grammar ({@code |} binds loosest; whitespace between items is ignored):
 *
 * <pre>
 * query      = sequence ( "|" sequence )*
 * sequence   = item+
 * item       = atom ( "?" | "*" | "+" | "{" m "}" | "{" m? "," n? "}" )*
 * atom       = word | string | "/" regex "/" flags? | "[" condition? "]" | "(" query ")"
 * string     = '"' regex ( space regex )* '"' flags?
 * condition  = and ( "|" and )*
 * and        = unary ( "&amp;" unary )*
 * unary      = "!" unary | "(" condition ")" | attribute ( "=" | "!=" ) '"' regex '"' flags?
 * flags      = "%c"
 * </pre>
 *
 * <h2>Matching</h2>
 *
 * <p>Queries run over all tokens of a document, punctuation included, so {@code "in the"} does not
 * match {@code in, the}. Matches are <em>leftmost-longest and non-overlapping</em>, as in CQP: the
 * earliest token where a match can start starts one, the longest match from there is taken, and the
 * search resumes after it. So {@code "a" "a"} finds two matches in {@code a a a a} and
 * {@code "the" []{0,2} "of"} prefers the longer of two possible matches. A query that could match zero
 * tokens ({@code []?}) is rejected. A match never spans two sentences unless the matcher is made with
 * {@code crossSentences} true; no match is longer than {@link
 * org.corpustoolkit.query.QueryMatcher#MAX_MATCH_TOKENS} tokens.
 *
 * <p>Patterns on {@code word} are NFC-normalised, apostrophe-folded and, unless the run is
 * case-sensitive, matched without case, because the counting forms they are matched against are
 * folded the same way. Bare words are converted to counting forms, so {@code Straße} finds
 * {@code STRASSE}.
 *
 * <h2>Errors</h2>
 *
 * <p>A malformed query is a {@link org.corpustoolkit.spi.UsageException} with one line naming the
 * column where parsing failed: {@code bad query at column 10: expected ']' to close the '[' at column 1
 * (query: [word="a")}.
 *
 * <h2>Extending</h2>
 *
 * <p>Attributes are looked up in a {@link org.corpustoolkit.query.TokenAttributes} set:
 * {@code standard()} ({@code word}, {@code surface}, {@code kind}) or {@code annotated()} (adding
 * {@code lemma} and {@code pos}); plugins add their own with {@code .with(...)}. An analyser that
 * accepts annotated attributes calls {@code context.requireAnnotations()} when
 * {@link org.corpustoolkit.query.Query#needsAnnotations()} is true, and only then.
 *
 * <h2>Using a query in an analyser</h2>
 *
 * <pre>{@code
 * Query query = Query.parse(options.query(), context.textSettings().caseSensitive(),
 *     TokenAttributes.annotated());
 * if (query.needsAnnotations()) {
 *   context.requireAnnotations();                      // no annotator for --lang: exit 2, now
 * }
 * Counts counts = context.processDocuments(
 *     () -> new Counts(query.matcher(false)),          // one matcher per thread
 *     (state, doc) -> state.matcher.find(doc, (start, end) -> { state.add(doc, start, end); return true; }),
 *     Counts::merge);
 * }</pre>
 */
package org.corpustoolkit.query;
